using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Coverage;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.GraphQL;

internal sealed class TargetsSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<CoverageReportType>("coverage")
            .Description("Coverage of a region against its target for a year; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx => await ctx.Service<CoverageReportBuilder>().BuildAsync(
                ctx.GetArgument<string>("regionCode"), ctx.GetArgument<int>("year"), ctx.CancellationToken));

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
