using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.Set;

internal static class SetTargetField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetTargetPayloadType>>("setTarget")
            .Description("Sets (or, with a null percent, removes) the target of an indicator for the province or a regency and a year.")
            .Argument<NonNullGraphType<SetTargetInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx => await ctx.Service<SetTargetHandler>().HandleAsync(ctx.GetArgument<SetTargetInput>("input"), ctx.CancellationToken));
}
