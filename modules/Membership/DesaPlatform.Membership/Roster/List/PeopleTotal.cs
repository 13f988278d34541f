using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.List;

/// <summary>
/// The people list's total without counting the roster: unfiltered or filtered by village only, it is the sum of the
/// villages' kept <see cref="VillageCoverage.Listed"/> in scope. Any other filter leaves it to an exact count.
/// </summary>
internal sealed class PeopleTotal : QueryShape<VillageCoverage>
{
    private const string VillageCode = "villageCode";

    public PeopleTotal() : base("PeopleTotal") => FilterString(VillageCode, r => r.RegionCode);

    public Func<CancellationToken, Task<int>>? FromSummary(MembershipDbContext db, Dictionary<string, object?>? where)
    {
        if (where is not null && where.Keys.Any(name => name != VillageCode)) return null;
        var villages = where is null ? db.VillageCoverage : Filter(db.VillageCoverage, where);
        return cancellationToken => villages.SumAsync(r => r.Listed, cancellationToken);
    }
}
