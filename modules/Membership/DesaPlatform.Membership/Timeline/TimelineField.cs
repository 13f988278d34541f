using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Timeline;

internal static class TimelineField
{
    public static void AddTo(ObjectGraphType query, SubmissionEventQueryShape shape) =>
        query.Field<SubmissionEventsConnectionType>("timeline")
            .Description("Every step of every submission in your scope (who, when, what, why); one village: villageCode eq.")
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var events = shape.Apply(ctx.Service<MembershipDbContext>().SubmissionEvents.AsNoTracking(), ctx, e => e.Id);
                return await PageRequest.From(ctx).ApplyAsync(events, ctx.CancellationToken);
            });
}
