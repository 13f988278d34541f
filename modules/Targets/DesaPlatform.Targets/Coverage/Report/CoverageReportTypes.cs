using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.Coverage.Report;

internal sealed class CoverageReportType : ObjectGraphType<CoverageReport>
{
    public CoverageReportType()
    {
        Name = "CoverageReport";
        Description = "Approved coverage of a region; pending submissions do not count until the regency approves them.";
        Field("region", new NonNullGraphType(new GraphQLTypeReference("Region")))
            .Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(r => r.Year);
        Field(r => r.AsOfDate).Description(
            "The day these figures describe, from the roster's approved history: the last day of a past year; today for the current year (or a later one).");
        Field(r => r.AsOf).Description("When these figures were computed (\"data per ...\").");
        Field<TargetType>("target").Resolve(ctx => ctx.Source.Target);
        Field<NonNullGraphType<CoverageFiguresType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageFiguresType>>>>("byRegion")
            .Description("One row per child region (the regencies of a province, the districts of a regency, ...).")
            .Resolve(ctx => ctx.Source.ByRegion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentCoverageType>>>>("bySegment")
            .Description("Person coverage per segment: aparatur desa, BPD, ekosistem desa.")
            .Resolve(ctx => ctx.Source.BySegment);
        Field(r => r.PendingChanges).Description("Roster changes waiting for approval in the region: shown as pending, not counted.");
    }
}

internal sealed class SegmentCoverageType : ObjectGraphType<SegmentFigures>
{
    public SegmentCoverageType()
    {
        Name = "SegmentCoverage";
        Field(s => s.Segment).Description("APARATUR_DESA, BPD or EKOSISTEM_DESA.");
        Field(s => s.PeopleInOffice);
        Field(s => s.PeopleCovered);
        Field(s => s.CoveragePercent).Description("Person coverage: covered / in office, percent.");
    }
}

internal sealed class CoverageFiguresType : ObjectGraphType<CoverageFigures>
{
    public CoverageFiguresType()
    {
        Name = "CoverageFigures";
        Field(f => f.RegionCode);
        Field(f => f.RegionName);
        Field(f => f.PeopleInOffice);
        Field(f => f.PeopleCovered);
        Field(f => f.CoveragePercent).Description("Person coverage: covered / in office, percent.");
        Field(f => f.Villages).Description("Desa in the region (kelurahan have no village government and are not counted).");
        Field(f => f.VillagesWithCoverage).Description("Village registration: desa with at least one covered person.");
    }
}

internal sealed class TargetType : ObjectGraphType<Target>
{
    public TargetType()
    {
        Name = "Target";
        Field(t => t.Indicator);
        Field(t => t.RegionCode).Description("The region the target was set for (a region inherits its ancestor's).");
        Field(t => t.Year);
        Field(t => t.Percent);
    }
}
