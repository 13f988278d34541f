using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Rates;

/// <summary>
/// What every change of a kept rate version does around its own rules: find the version at the one read, and save
/// without overwriting a change made meanwhile; once saved, every village's arrears are counted again.
/// </summary>
internal sealed class RateEdits(BudgetingDbContext db, ArrearsStamps stamps)
{
    public static readonly UserError ChangedMeanwhile =
        new("RATE_CHANGED_MEANWHILE", "Tarif ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public async Task<(PremiumRate? Rate, UserError? Error)> FindAsync(int id, int versionRead, CancellationToken cancellationToken)
    {
        var rate = await db.PremiumRates.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rate is null) return (null, UserError.NotFound("id"));
        return rate.Version == versionRead ? (rate, null) : (null, ChangedMeanwhile);
    }

    public Task<bool> StartTakenAsync(Scheme scheme, SocialSecurityProgram program, DateOnly effectiveFrom, CancellationToken cancellationToken) =>
        db.PremiumRates.AnyAsync(r => r.Scheme == scheme && r.Program == program && r.EffectiveFrom == effectiveFrom, cancellationToken);

    public async Task<Payload<PremiumRate>> SaveAsync(PremiumRate rate, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<PremiumRate>.Failure(ChangedMeanwhile);
        }
        await stamps.ChangedUnderAsync("", cancellationToken);
        return Payload<PremiumRate>.Success(rate);
    }
}
