using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Discard;

internal static class DiscardChangeField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<DiscardChangePayloadType>>("discardChange")
            .Description("Drops a draft change; answers the official version that applies again, or the dropped draft if the entry was never official.")
            .Argument<NonNullGraphType<DiscardChangeInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<DiscardChangeHandler>()
                .HandleAsync(ctx.GetArgument<PersonIdInput>("input").PersonId, ctx.CancellationToken));
}
