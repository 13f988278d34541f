using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.FollowUps.Overdue;

internal static class OverdueActionsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<FollowUpActionsConnectionType>("overdueActions")
            .Description("Follow-up actions in a region of your scope whose due date has passed and that are neither done nor dropped; the longest overdue first.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("first", $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var regionCode = ctx.GetArgument<string>("regionCode");
                var today = ctx.Service<IClock>().TodayIn(regionCode);
                var overdue = ctx.Service<TargetsDbContext>().FollowUpActions.AsNoTracking()
                    .Where(RegionScope.Under(regionCode).Predicate<FollowUpAction>(a => a.RegionCode))
                    .Where(FollowUpAction.OverdueOn(today))
                    .OrderBy(a => a.DueDate).ThenBy(a => a.Id);
                return await PageRequest.From(ctx).ApplyAsync(overdue, ctx.CancellationToken);
            });
}
