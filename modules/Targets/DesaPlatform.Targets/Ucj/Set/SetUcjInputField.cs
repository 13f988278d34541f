using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj.Set;

internal static class SetUcjInputField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetUcjInputPayloadType>>("setUcjInput")
            .Description("Records (or corrects) the UCJ figures of the province or a regency for one month, with their source.")
            .Argument<NonNullGraphType<SetUcjInputInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx => await ctx.Service<SetUcjInputHandler>().HandleAsync(ctx.GetArgument<SetUcjInputInput>("input"), ctx.CancellationToken));
}
