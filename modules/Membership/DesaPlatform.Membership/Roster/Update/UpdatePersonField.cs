using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Update;

internal static class UpdatePersonField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<UpdatePersonPayloadType>>("updatePerson")
            .Description("Changes an entry: a draft is edited, an official entry gets a draft change that waits for approval.")
            .Argument<NonNullGraphType<UpdatePersonInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PersonInput>("input");
                return await ctx.Service<UpdatePersonHandler>().HandleAsync(
                    input.PersonId!.Value, input.ToData(ctx.Service<IClock>().Today), ctx.CancellationToken);
            });
}
