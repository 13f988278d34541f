using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Summary;

internal static class RosterSummaryField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<VillageRosterSummaryType>("rosterSummary")
            .Description("A village's roster figures today over the whole roster: approved, and (for those who keep or review rosters) including draft changes.")
            .Argument<NonNullGraphType<StringGraphType>>("villageCode")
            .ResolveAsync(async ctx => await ctx.Service<RosterSummaryHandler>().HandleAsync(ctx.GetArgument<string>("villageCode"), ctx.CancellationToken));
}
