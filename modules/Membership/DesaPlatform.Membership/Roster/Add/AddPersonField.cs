using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Add;

internal static class AddPersonField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AddPersonPayloadType>>("addPerson")
            .Description("Adds a person (and their enrollment) to a village's draft roster.")
            .Argument<NonNullGraphType<AddPersonInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PersonInput>("input");
                return await ctx.Service<AddPersonHandler>().HandleAsync(
                    input.VillageCode!, input.ToData(ctx.Service<IClock>().Today), ctx.CancellationToken);
            });
}
