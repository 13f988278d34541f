using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Coverage.Report;

internal static class CoverageReportField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<CoverageReportType>("coverage")
            .Description("Coverage of a region against its target for a year; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx => await ctx.Service<CoverageReportHandler>().HandleAsync(
                ctx.GetArgument<string>("regionCode"), ctx.GetArgument<int>("year"), ctx.CancellationToken));
}
