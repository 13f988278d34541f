using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.List;

internal static class ListSubmissionsField
{
    public static void AddTo(ObjectGraphType query, SubmissionQueryShape shape) =>
        query.Field<SubmissionsConnectionType>("submissions")
            .Description("Roster submissions in your scope. A regency's inbox: status SUBMITTED, order submittedAt ASC; a district: villageCode startsWith \"61.01.01.\".")
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var submissions = shape.Apply(ctx.Service<MembershipDbContext>().Submissions.AsNoTracking(), ctx, s => s.Id);
                return await PageRequest.From(ctx).ApplyAsync(submissions, ctx.CancellationToken);
            });
}
