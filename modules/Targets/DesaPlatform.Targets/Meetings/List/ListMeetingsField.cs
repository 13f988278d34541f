using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Meetings.List;

internal static class ListMeetingsField
{
    public static void AddTo(ObjectGraphType query, MonevMeetingQueryShape shape) =>
        query.Field<MonevMeetingsConnectionType>("monevMeetings")
            .Description("Monev meetings held for regions of your scope; latest first: order date DESC; one region and those under it: regionCode startsWith \"61.01\".")
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var meetings = shape.Apply(ctx.Service<TargetsDbContext>().MonevMeetings.AsNoTracking(), ctx, m => m.Id);
                return await PageRequest.From(ctx).ApplyAsync(meetings, ctx.CancellationToken);
            });
}
