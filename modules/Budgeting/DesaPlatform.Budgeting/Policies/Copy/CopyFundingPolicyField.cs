using DesaPlatform.Budgeting.Policies;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.Copy;

internal static class CopyFundingPolicyField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CopyFundingPolicyPayloadType>>("copyFundingPolicy")
            .Description("Starts a regency's policy for a new year from an earlier year's, to change from there.")
            .Argument<NonNullGraphType<CopyFundingPolicyInputType>>("input")
            .RequireRoles(PolicyEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<CopyFundingPolicyHandler>().HandleAsync(ctx.GetArgument<CopyFundingPolicyInput>("input"), ctx.CancellationToken));
}
