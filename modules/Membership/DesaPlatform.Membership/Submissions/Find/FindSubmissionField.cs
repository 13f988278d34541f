using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Find;

internal static class FindSubmissionField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<SubmissionType>("submission")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<MembershipDbContext>().Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken);
            });
}
