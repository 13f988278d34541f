using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Findings.Add;

internal static class AddFindingField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AddFindingPayloadType>>("addMonevFinding")
            .Description("Records what a meeting found about one desa of its region.")
            .Argument<NonNullGraphType<AddFindingInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
                await ctx.Service<AddFindingHandler>().HandleAsync(ctx.GetArgument<AddFindingInput>("input"), ctx.CancellationToken));
}
