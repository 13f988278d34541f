using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Ucj;
using GraphQL;
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
        Field(r => r.Year).Description("The year whose targets apply.");
        Field(r => r.AsOfDate).Description(
            "The day these figures describe, from the roster's approved history: the day asked for, else the last day of a past year, today for the current year (or a later one).");
        Field(r => r.AsOf).Description("When these figures were computed (\"data per ...\").");
        Field<NonNullGraphType<CoverageFiguresType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageFiguresType>>>>("byRegion")
            .Description("One row per child region (the regencies of a province, the districts of a regency, ...).")
            .Resolve(ctx => ctx.Source.ByRegion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentCoverageType>>>>("bySegment")
            .Description("Person coverage per reporting segment: aparatur desa, BPD, ekosistem desa, and the village heads among the aparatur.")
            .Resolve(ctx => ctx.Source.BySegment);
        Field(r => r.PendingChanges).Description("Roster changes waiting for approval in the region: shown as pending, not counted.");
    }
}

internal sealed class SegmentCoverageType : ObjectGraphType<SegmentFigures>
{
    public SegmentCoverageType()
    {
        Name = "SegmentCoverage";
        Field(s => s.Segment).Description("APARATUR_DESA, BPD, EKOSISTEM_DESA, or KEPALA_DESA (also counted in APARATUR_DESA).");
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
        Field(f => f.PeopleInOffice).Description("People in office in the approved rosters, every segment.");
        Field(f => f.PeopleCovered);
        Field(f => f.CoveragePercent).Description("Person coverage of every segment together: covered / in office, percent.");
        Field(f => f.Villages).Description("Desa in the region (kelurahan have no village government and are not counted).");
        Field(f => f.VillagesWithCoverage).Description("Desa with at least one covered person, in any segment.");
        Field(f => f.VillagesWithApprovedRoster).Description("Desa whose approved roster has people in office: how complete these figures are.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorFigureType>>>>("indicators")
            .Description("Every indicator of the catalog for this region, each with the target that applies.")
            .Resolve(ctx => ctx.Source.Indicators);
        Field<IndicatorFigureType>("indicator")
            .Description("One indicator by its code; null for a code not in the catalog.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(ctx => ctx.Source.Indicators.FirstOrDefault(f => f.Indicator.Code == ctx.GetArgument<string>("code")));
    }
}

internal sealed class IndicatorFigureType : ObjectGraphType<IndicatorFigure>
{
    public IndicatorFigureType()
    {
        Name = "IndicatorFigure";
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(ctx => ctx.Source.Indicator);
        Field(f => f.Numerator, nullable: true).Description("What is counted (e.g. covered people); null where the data is not in the platform yet.");
        Field(f => f.Denominator, nullable: true).Description("Over what (e.g. people in office).");
        Field(f => f.Value, nullable: true).Description("Numerator ÷ denominator in percent, two decimals; null when there is nothing to share.");
        Field<AppliedTargetType>("target").Description("The target of this indicator for the year: the region's own or its nearest ancestor's.")
            .Resolve(ctx => ctx.Source.Target);
        Field(f => f.Gap, nullable: true).Description("Value minus target, in percentage points; whether that is behind depends on the indicator (see onTrack).");
        Field(f => f.OnTrack, nullable: true).Description("At or past the target: value ≥ target, or ≤ target where lower is better (ARREARS); null without a value or a target.");
        Field<StringGraphType>("period").Description("UCJ: the month (YYYY-MM) of the region's own input in force; ARREARS: the last closed month counted; null for the other indicators, or without an input.")
            .Resolve(ctx => ctx.Source.UcjInput is { } input ? UcjRules.FormatPeriod(input.Period)
                : ctx.Source.ArrearsAsOf is { } asOf ? UcjRules.FormatPeriod(asOf) : null);
        Field<VerifiedFigureType>("verified")
            .Description("Person coverage and village registration read against BPJS: verified beside declared over the desa a participant list covers; null for the other indicators and where no list covers the region.")
            .Resolve(ctx => ctx.Source.Verified);
        Field<StringGraphType>("source").Description("UCJ only: where that input's figures come from.").Resolve(ctx => ctx.Source.UcjInput?.Source);
        Field("sourceDate", new GraphQLTypeReference("Date")).Description("UCJ only: the date of that source.").Resolve(ctx => ctx.Source.UcjInput?.SourceDate);
    }
}

internal sealed class VerifiedFigureType : ObjectGraphType<VerifiedFigure>
{
    public VerifiedFigureType()
    {
        Name = "VerifiedFigure";
        Description = "An indicator read against the BPJS participant lists, over the desa a list covers; neither reading replaces the other.";
        Field(f => f.Numerator).Description("Verified: counted as the indicator does, but covered only where the newest BPJS list of the person's village has them active.");
        Field(f => f.DeclaredNumerator).Description("Declared: the same count from the approved rosters alone, over the same desa.");
        Field(f => f.Denominator).Description("Over what, in the desa a list covers (people in office, or desa).");
        Field(f => f.Value, nullable: true).Description("Verified, in percent; null when there is nothing to share.");
        Field(f => f.DeclaredValue, nullable: true).Description("Declared over the same desa, in percent.");
        Field(f => f.VillagesListed).Description("Desa of the region a BPJS participant list covers: how partial the verified reading is.");
        Field("oldestList", new NonNullGraphType(new GraphQLTypeReference("Date"))).Description("The date of the oldest list read.").Resolve(ctx => ctx.Source.OldestList);
        Field("newestList", new NonNullGraphType(new GraphQLTypeReference("Date"))).Description("The date of the newest list read.").Resolve(ctx => ctx.Source.NewestList);
    }
}
