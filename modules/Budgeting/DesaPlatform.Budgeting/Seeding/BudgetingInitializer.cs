using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Budgeting.Seeding;

internal sealed class BudgetingInitializer(BudgetingDbContext db) : ReferenceDataInitializer<BudgetingDbContext, PremiumRate>(db)
{
    protected override IEnumerable<PremiumRate> ReferenceData() => StandardRates.All();
}
