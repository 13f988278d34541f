using DesaPlatform.Membership.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

internal sealed class ApprovedRosters(ApprovedRosterCounts counts) : IApprovedRosters
{
    public async Task<IReadOnlyList<RosterMember>> InOfficeAsync(string rootCode, DateOnly asOf, CancellationToken cancellationToken) =>
        await counts.InOffice(rootCode, asOf)
            .OrderBy(p => p.RegionCode).ThenBy(p => p.PositionCode).ThenBy(p => p.FullName)
            .Select(p => new RosterMember(p.RegionCode, p.EntryId, p.FullName, p.PositionCode))
            .ToListAsync(cancellationToken);
}
