using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Payments;

/// <summary>A village in the caller's scope, its enrolled people and the payments kept for them: what entering a payment reads.</summary>
internal sealed class VillagePayments(BudgetingDbContext db, IRegionDirectory regions, IEnrolledPeople enrolled)
{
    private const int VillageDepth = 4;

    public async Task<UserError?> CheckVillageAsync(string villageCode, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(villageCode, cancellationToken);
        if (region is null) return UserError.UnknownRegion(villageCode, "villageCode");
        return region.Depth == VillageDepth ? null : new UserError("PAYMENT_VILLAGE_LEVEL", "Pembayaran iuran dicatat per desa/kelurahan.", "villageCode");
    }

    public Task<IReadOnlyList<EnrolledPerson>> PeopleAsync(string villageCode, CancellationToken cancellationToken) =>
        enrolled.UnderAsync(villageCode, cancellationToken);

    public async Task<Dictionary<(Guid, DateOnly), Payment>> KeptAsync(string villageCode, CancellationToken cancellationToken) =>
        (await db.Payments.Where(p => p.RegionCode == villageCode).ToListAsync(cancellationToken)).ToDictionary(p => (p.EntryId, p.Period));
}
