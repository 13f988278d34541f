using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Coverage.Report;

internal static class CoverageReportField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<CoverageReportType>("coverage")
            .Description("Coverage of a region against its targets for a year; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Arguments(new QueryArgument(new GraphQLTypeReference("Date"))
            {
                Name = "asOfDate", Description = "Any day of the year up to today, from the approved history; by default the year's last day, or today.",
            })
            .ResolveAsync(async ctx =>
            {
                var (regionCode, year, asOfDate) = (ctx.GetArgument<string>("regionCode"), ctx.GetArgument<int>("year"), ctx.GetArgument<DateOnly?>("asOfDate"));
                if (asOfDate is { } day && (day.Year != year || day > ctx.Service<IClock>().TodayIn(regionCode)))
                    throw new ExecutionError($"Argument 'asOfDate' must be a day of {year}, not after today.") { Code = "AS_OF_DATE" };
                return await ctx.Service<CoverageReportHandler>().HandleAsync(regionCode, year, asOfDate, ctx.CancellationToken);
            });
}
