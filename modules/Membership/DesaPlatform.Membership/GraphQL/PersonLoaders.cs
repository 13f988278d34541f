using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.GraphQL;

/// <summary>What a page of roster entries asks for per entry, fetched for the whole page at once.</summary>
internal sealed class PersonLoaders(MembershipDbContext db, IRegionDirectory regions, IClock clock)
{
    private readonly BatchLoader<Guid, List<Person>> _history = new(async (entryIds, ct) =>
        (await db.People.AsNoTracking().Where(p => entryIds.Contains(p.EntryId)).ToListAsync(ct))
        .GroupBy(p => p.EntryId)
        .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ApprovedAt is null ? 0 : 1).ThenByDescending(p => p.ApprovedAt).ToList()));

    private readonly BatchLoader<(string Village, string Nik), List<NikElsewhere>> _elsewhere = new(async (keys, ct) =>
    {
        var found = new Dictionary<(string, string), List<NikElsewhere>>();
        foreach (var village in keys.GroupBy(k => k.Village))
        {
            var lookup = await NikElsewhere.FindAsync(db, village.Key, village.Select(k => k.Nik).ToList(), clock.TodayIn(village.Key), ct);
            foreach (var key in village) found[key] = lookup[key.Nik].ToList();
        }
        return found;
    });

    private readonly BatchLoader<string, string> _villageNames = new(async (codes, ct) => await regions.NamesAsync(codes, ct));

    /// <summary>Every version of the entry in the caller's scope, the current one first.</summary>
    public IDataLoaderResult<List<Person>?> History(Person person) => _history.Load(person.EntryId);

    public IDataLoaderResult<List<NikElsewhere>?> Elsewhere(Person person) => _elsewhere.Load((person.RegionCode, person.Nik));

    public IDataLoaderResult<string?> VillageName(string code) => _villageNames.Load(code);
}
