using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.GraphQL;

internal sealed class BudgetingSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PremiumRateType>>>>("premiumRates")
            .Description("The premium rate table, every program and scheme, newest first.")
            .ResolveAsync(async ctx => await ctx.Service<BudgetingDbContext>().PremiumRates.AsNoTracking()
                .OrderBy(r => r.Scheme).ThenBy(r => r.Program).ThenByDescending(r => r.EffectiveFrom)
                .ToListAsync(ctx.CancellationToken));

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    public IEnumerable<Type> SharedTypes => [typeof(PremiumQuoteType)];

    public IEnumerable<TypeExtension> TypeExtensions => RosterPremiumFields.All;
}
