using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Meetings.Find;

internal static class FindMeetingField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<MonevMeetingType>("monevMeeting")
            .Description("A meeting with its findings, their actions, owners, due dates and progress (what a printed monev report needs); null outside your scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<TargetsDbContext>().MonevMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ctx.CancellationToken);
            });
}
