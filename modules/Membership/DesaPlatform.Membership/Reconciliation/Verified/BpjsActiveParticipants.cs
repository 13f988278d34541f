using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Verified;

/// <summary>The newest run covering the region, read once: its roster people BPJS has active (the group CONSISTENT and ACTIVE_NOT_DECLARED).</summary>
internal sealed class BpjsActiveParticipants(ReconciliationReader reader, MembershipDbContext db) : IBpjsActiveParticipants
{
    public async Task<BpjsActiveSet?> LatestAsync(string regionCode, CancellationToken cancellationToken)
    {
        if ((await reader.ViewAsync(regionCode, null, cancellationToken))?.Runs.FirstOrDefault() is not { } run) return null;
        var niks = await db.ReconciliationRows
            .Where(r => r.ListId == run.Id && r.EntryId != null && r.ActiveAtBpjs == true)
            .Where(RegionScope.Under(regionCode).Predicate<Domain.ReconciliationRow>(r => r.RegionCode))
            .Select(r => r.Nik).Distinct().ToListAsync(cancellationToken);
        return new BpjsActiveSet(run.AsOf, niks.ToHashSet());
    }
}
