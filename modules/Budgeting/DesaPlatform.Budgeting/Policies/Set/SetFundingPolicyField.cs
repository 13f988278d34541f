using DesaPlatform.Budgeting.Policies;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.Set;

internal static class SetFundingPolicyField
{
    // The Perbup is the regency's: its staff set their regency's, the province admin any in the province (scope decides which).
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetFundingPolicyPayloadType>>("setFundingPolicy")
            .Description("Sets a regency's funding policy for a fiscal year, or replaces it (with the version read).")
            .Argument<NonNullGraphType<SetFundingPolicyInputType>>("input")
            .RequireRoles(PolicyEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<SetFundingPolicyHandler>().HandleAsync(ctx.GetArgument<SetFundingPolicyInput>("input"), ctx.CancellationToken));
}
