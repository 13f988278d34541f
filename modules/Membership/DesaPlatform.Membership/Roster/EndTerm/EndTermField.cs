using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.EndTerm;

internal static class EndTermField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EndTermPayloadType>>("endTerm")
            .Description("Ends a term (as a draft change); the enrollment ends too unless endEnrollment is false.")
            .Argument<NonNullGraphType<EndTermInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<EndTermInput>("input");
                return await ctx.Service<EndTermHandler>().HandleAsync(input.PersonId, input.TermEnd, input.EndEnrollment, ctx.CancellationToken);
            });
}
