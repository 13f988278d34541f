using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation.Read;

internal static class ReconciliationField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ReconciliationViewType>("bpjsReconciliation")
            .Description("A region's BPJS reconciliation: the runs covering it and, for the newest (or the one asked for), its groups, its regions one level down, results and history. Null outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IdGraphType>("runId")
            .RequireRoles(ReconciliationRoles.Readers)
            .ResolveAsync(async ctx => await ctx.Service<ReconciliationReader>()
                .ViewAsync(ctx.GetArgument<string>("regionCode"), ctx.GetArgument<Guid?>("runId"), ctx.CancellationToken));
}
