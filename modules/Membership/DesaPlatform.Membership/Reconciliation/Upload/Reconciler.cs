using System.Text;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary>
/// Reads a region's approved rosters against a participant list, by NIK, in one read of the rosters: every person in
/// office on the list's date who is declared covered or is active at BPJS gets a result in their village, every
/// participant whose NIK is in no roster of the region (whatever the term) one in the list's region.
/// </summary>
internal sealed class Reconciler(MembershipDbContext db)
{
    public async Task<List<ReconciliationRow>> ReconcileAsync(Guid listId, string regionCode, DateOnly asOf, IReadOnlyDictionary<string, Participant> byNik,
        CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(RegionScope.Under(regionCode).Predicate<Person>(p => p.RegionCode))
            .Where(p => p.Status == RosterStatus.Official)
            .Select(p => new { p.EntryId, p.RegionCode, p.Nik, p.FullName, p.BirthDate, p.TermStart, p.TermEnd, p.CoveredFrom })
            .ToListAsync(cancellationToken);
        var rows = new List<ReconciliationRow>();
        foreach (var person in people.Where(p => p.TermStart <= asOf && (p.TermEnd is null || p.TermEnd >= asOf)))
        {
            var participant = byNik.GetValueOrDefault(person.Nik);
            var covered = person.CoveredFrom <= asOf;
            var active = participant?.Active == true;
            ReconciliationGroup? group = (covered, active) switch
            {
                (true, true) => ReconciliationGroup.Consistent,
                (true, false) => ReconciliationGroup.DeclaredNotActive,
                (false, true) => ReconciliationGroup.ActiveNotDeclared,
                _ => null,
            };
            if (group is null) continue;
            rows.Add(new ReconciliationRow
            {
                ListId = listId, RegionCode = person.RegionCode, Group = group.Value, Nik = person.Nik, EntryId = person.EntryId, RosterName = person.FullName,
                BpjsName = participant?.FullName, Kpj = participant?.Kpj, Segment = participant?.Segment, Programs = participant?.Programs,
                ActiveAtBpjs = participant?.Active, LastPaidMonth = participant?.LastPaidMonth,
                NameMismatch = participant is not null && Normalized(participant.FullName) != Normalized(person.FullName),
                BirthDateMismatch = participant?.BirthDate is { } born && born != person.BirthDate,
            });
        }
        var known = people.Select(p => p.Nik).ToHashSet();
        rows.AddRange(byNik.Values.Where(p => !known.Contains(p.Nik)).OrderBy(p => p.Line)
            .Select(p => new ReconciliationRow
            {
                ListId = listId, RegionCode = regionCode, Group = ReconciliationGroup.Unmatched, Nik = p.Nik, BpjsName = p.FullName, Kpj = p.Kpj,
                Segment = p.Segment, Programs = p.Programs, ActiveAtBpjs = p.Active, LastPaidMonth = p.LastPaidMonth,
            }));
        return rows;
    }

    /// <summary>Names compared as people write them: case, punctuation and spacing aside.</summary>
    private static string Normalized(string name)
    {
        var letters = new StringBuilder();
        foreach (var c in name.ToUpperInvariant())
            if (char.IsLetterOrDigit(c)) letters.Append(c);
            else if (letters.Length > 0 && letters[^1] != ' ') letters.Append(' ');
        return letters.ToString().Trim();
    }
}
