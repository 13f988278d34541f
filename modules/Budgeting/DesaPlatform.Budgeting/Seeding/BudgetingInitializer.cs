using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Seeding;

/// <summary>
/// Migrates the schema, then adds the standard rates and discounts a database lacks, by scheme, program and start date —
/// so that a database seeded before a new version (the March JP caps) gets it; and moves every arrears stamp. A seeded version is never removed or
/// moved afterwards (rates in force keep their dates), so an existing one is always found and never added twice.
/// </summary>
internal sealed class BudgetingInitializer(BudgetingDbContext db, ArrearsStamps stamps) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        var rates = await db.PremiumRates.Select(r => new { r.Scheme, r.Program, r.EffectiveFrom }).ToListAsync(cancellationToken);
        db.PremiumRates.AddRange(StandardRates.All()
            .Where(s => !rates.Contains(new { s.Scheme, s.Program, s.EffectiveFrom })));
        var discounts = await db.PremiumRateDiscounts.Select(d => new { d.Scheme, d.Program, d.EffectiveFrom }).ToListAsync(cancellationToken);
        db.PremiumRateDiscounts.AddRange(StandardDiscounts.All()
            .Where(s => !discounts.Contains(new { s.Scheme, s.Program, s.EffectiveFrom })));
        var arrearsRules = await db.ArrearsRules.Select(r => r.EffectiveFrom).ToListAsync(cancellationToken);
        db.ArrearsRules.AddRange(StandardArrearsRules.All().Where(s => !arrearsRules.Contains(s.EffectiveFrom)));
        await db.SaveChangesAsync(cancellationToken);

        // Rules and rates seeded anew change arrears everywhere; villages with payments from before the stamps start kept.
        await stamps.ChangedUnderAsync("", cancellationToken);
        var unstamped = await db.Payments.Select(p => p.RegionCode).Distinct()
            .Where(village => !db.ArrearsStamps.Any(s => s.RegionCode == village)).ToListAsync(cancellationToken);
        foreach (var village in unstamped) await stamps.PaymentsChangedAsync(village, cancellationToken);
    }
}
