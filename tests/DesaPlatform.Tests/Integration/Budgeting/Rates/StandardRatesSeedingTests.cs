using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Seeding;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Rates;

/// <summary>A database seeded before a standard version (the March 2026 JP cap) gets it at the next start, and only it.</summary>
public sealed class StandardRatesSeedingTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_missing_standard_version_is_added_and_none_twice()
    {
        using (var scope = SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
            db.PremiumRates.Remove(await db.PremiumRates.SingleAsync(r => r.Program == SocialSecurityProgram.Jp && r.EffectiveFrom == new DateOnly(2026, 3, 1)));
            db.PremiumRateDiscounts.RemoveRange(db.PremiumRateDiscounts);
            await db.SaveChangesAsync();
        }

        using (var scope = SystemScope())
        {
            await scope.ServiceProvider.GetServices<IModuleInitializer>().OfType<BudgetingInitializer>().Single().InitializeAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
            Assert.Equal(StandardRates.All().Count(), await db.PremiumRates.CountAsync());
            var cap = await db.PremiumRates.SingleAsync(r => r.Program == SocialSecurityProgram.Jp && r.EffectiveFrom == new DateOnly(2026, 3, 1));
            Assert.Equal((11_086_300m, true), (cap.WageCap, cap.ToConfirm));
            Assert.Equal(2, await db.PremiumRateDiscounts.CountAsync());
        }
    }

    private IServiceScope SystemScope()
    {
        var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return scope;
    }
}
