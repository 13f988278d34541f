using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>
/// Budgeting's figures on Membership's roster types: what an enrollment costs, what an entry is paid today, and what a
/// village roster's figures cost a month.
/// </summary>
internal static class RosterPremiumFields
{
    public static IEnumerable<TypeExtension> All =>
    [
        new("Enrollment", new FieldType
        {
            Name = "monthlyPremium",
            Description = "What this enrollment costs a month, from the rate table in force today (whether or not it is paid).",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("PremiumQuote")),
            Resolver = new FuncFieldResolver<PremiumQuote>(ctx => QuoteAsync(ctx, (IInsuredTerms)ctx.Source!)),
        }),
        new("Person", new FieldType
        {
            Name = "payablePremium",
            Description = "The monthly premium paid for this entry today: an active enrollment of someone in office; else null.",
            ResolvedType = new GraphQLTypeReference("PremiumQuote"),
            Resolver = new FuncFieldResolver<PremiumQuote>(ctx =>
            {
                var entry = (IRosterEntry)ctx.Source!;
                return entry.PaidEnrollmentOn(ctx.Service<IClock>().TodayIn(entry.RegionCode)) is { } terms
                    ? QuoteAsync(ctx, terms)
                    : ValueTask.FromResult<PremiumQuote?>(null);
            }),
        }),
        new("RosterFigures", new FieldType
        {
            Name = "monthlyPremium",
            Description = "Rupiah a month for the active enrollments of people in office, from the rate table in force today.",
            ResolvedType = new NonNullGraphType(new DecimalGraphType()),
            Resolver = new FuncFieldResolver<decimal>(async ctx =>
                await RosterPremiumTotal.MonthlyAsync(ctx.Service<IPremiumCalculator>(), (IPayableEnrollments)ctx.Source!, ctx.CancellationToken)),
        }),
    ];

    private static async ValueTask<PremiumQuote?> QuoteAsync(IResolveFieldContext ctx, IInsuredTerms terms) =>
        await ctx.Service<IPremiumCalculator>().MonthlyPremiumAsync(terms, ctx.Service<IClock>().Today, ctx.CancellationToken);
}
