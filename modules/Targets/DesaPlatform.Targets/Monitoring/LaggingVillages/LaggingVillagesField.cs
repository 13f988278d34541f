using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.Targets.Targets.Book;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Monitoring.LaggingVillages;

internal static class LaggingVillagesField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<LaggingVillagesConnectionType>("laggingVillages")
            .Description("The desa of a region that lag in one segment today: with no covered person, or covered below the target; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<StringGraphType>>("segment", "APARATUR_DESA, BPD, EKOSISTEM_DESA or KEPALA_DESA.")
            .Argument<NonNullGraphType<LagKindType>>("kind")
            .Argument<StringGraphType>("within", "A regency or district under the region, to narrow the list.")
            .Argument<LagOrderType>("orderBy", "Default CODE.")
            .Argument<BooleanGraphType>("descending")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var villages = await ctx.Service<LaggingVillagesHandler>().HandleAsync(From(ctx), ctx.CancellationToken);
                return villages is null ? null : PageRequest.From(ctx).ApplyTo(villages);
            });

    public static LagQuery From(IResolveFieldContext ctx)
    {
        var segment = ctx.GetArgument<string>("segment");
        if (LagSegment.Problem(segment) is { } problem) throw new ExecutionError(problem) { Code = "UNKNOWN_SEGMENT" };
        return new LagQuery(ctx.GetArgument<string>("regionCode"), segment, ctx.GetArgument<LagKind>("kind"), ctx.GetArgument<string?>("within"),
            ctx.GetArgument<LagOrder?>("orderBy") ?? LagOrder.Code, ctx.GetArgument<bool?>("descending") ?? false);
    }
}

internal sealed class LagKindType : EnumerationGraphType<LagKind>
{
    public LagKindType() => Name = "LagKind";
}

internal sealed class LagOrderType : EnumerationGraphType<LagOrder>
{
    public LagOrderType() => Name = "LagOrder";
}

internal sealed class LaggingVillagesConnectionType() : ConnectionType<LaggingVillage>("LaggingVillages", "LaggingVillage");

internal sealed class LaggingVillageType : ObjectGraphType<LaggingVillage>
{
    public LaggingVillageType()
    {
        Name = "LaggingVillage";
        Field(v => v.Code);
        Field(v => v.Name);
        Field(v => v.DistrictName);
        Field(v => v.RegencyName);
        Field(v => v.InOffice).Description("People in office in the segment, approved roster.");
        Field(v => v.Covered);
        Field(v => v.CoveragePercent, nullable: true).Description("Person coverage in the segment; null with nobody in office.");
        Field<AppliedTargetType>("target").Description("The person-coverage target of the segment that applies to the desa this year.")
            .Resolve(ctx => ctx.Source.Target);
        Field(v => v.LastApprovedAt, nullable: true).Description("When the regency last approved a submission of the desa; null if never.");
        Field(v => v.OpenFindings).Description("Monev findings about the desa that still need work (an action not done or dropped, or none yet).");
    }
}
