using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.RegionImport;

internal sealed record ImportRegionRosterInput(string RegionCode, string FileName, string FileBase64, bool DryRun, bool ConfirmLosses);

internal sealed class ImportRegionRosterInputType : InputObjectGraphType<ImportRegionRosterInput>
{
    public ImportRegionRosterInputType()
    {
        Name = "ImportRegionRosterInput";
        Field(i => i.RegionCode).Description("Your regency or province (or a region in it): every row's village must be a desa in it.");
        Field(i => i.FileName).Description("Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon).");
        Field(i => i.FileBase64).Description("The file's bytes, base64.");
        Field(i => i.DryRun).Description("true: only report what would change.");
        Field(i => i.ConfirmLosses, nullable: true).DefaultValue(false)
            .Description("Apply even though rows take an enrollment or a term away (warnings); without it such a file is refused (CONFIRMATION_REQUIRED).");
    }
}

internal sealed class RegionRosterImportReportType : ObjectGraphType<RegionRosterImportReport>
{
    private const int DefaultItems = 200;

    public RegionRosterImportReportType()
    {
        Name = "RegionRosterImportReport";
        Field<NonNullGraphType<IntGraphType>>("villageCount").Resolve(ctx => ctx.Source.Villages.Count);
        foreach (var kind in new[] { "ADDED", "CHANGED", "ENDED", ImportRosterHandler.Unchanged })
            Field<NonNullGraphType<IntGraphType>>(kind.ToLowerInvariant()).Resolve(ctx => ctx.Source.Count(kind));
        Field(r => r.Applied).Description("Whether the rows went into the villages' drafts and were sent (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be saved.");
        Field(r => r.Submissions).Description("How many village submissions were sent (one per village that changes).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VillageImportReportType>>>>("villages")
            .Description("Per village in the file, in code order.")
            .Resolve(ctx => ctx.Source.Villages);
        Field<NonNullGraphType<IntGraphType>>("problemCount").Resolve(ctx => ctx.Source.Problems.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportProblemType>>>>("problems")
            .Argument<IntGraphType>("first", $"At most this many, in line order (default {DefaultItems}); problemCount and the villages' counts are complete.")
            .Argument<StringGraphType>("village", "Only this village's rows.")
            .Resolve(ctx => InLineOrder(ctx.Source.Problems, p => p.Line, p => p.VillageCode, ctx));
        Field(r => r.WarningCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportWarningType>>>>("warnings")
            .Description("Clean rows that take an enrollment or a term away from someone, in line order: applied only with confirmLosses.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultItems}); warningCount and the villages' counts are complete.")
            .Argument<StringGraphType>("village", "Only this village's rows.")
            .Resolve(ctx => InLineOrder(ctx.Source.Warnings, w => w.Line, w => w.VillageCode, ctx));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportRowType>>>>("changes")
            .Description("The rows that add, change or end an entry, in line order, each naming its village.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultItems}); the counts are complete.")
            .Argument<StringGraphType>("village", "Only this village's rows.")
            .Resolve(ctx => InLineOrder(ctx.Source.Changes, r => r.Line, r => r.VillageCode, ctx));
    }

    private static IEnumerable<T> InLineOrder<T>(IEnumerable<T> rows, Func<T, int> line, Func<T, string?> village,
        IResolveFieldContext<RegionRosterImportReport> ctx)
    {
        var only = ctx.GetArgument<string?>("village");
        return rows.Where(r => only is null || village(r) == only).OrderBy(line).Take(ctx.GetArgument("first", DefaultItems));
    }
}

internal sealed class VillageImportReportType : ObjectGraphType<VillageImportReport>
{
    public VillageImportReportType()
    {
        Name = "VillageImportReport";
        Field(v => v.VillageCode);
        Field(v => v.VillageName);
        foreach (var kind in new[] { "ADDED", "CHANGED", "ENDED", ImportRosterHandler.Unchanged })
            Field<NonNullGraphType<IntGraphType>>(kind.ToLowerInvariant()).Resolve(ctx => ctx.Source.Report.Count(kind));
        Field<NonNullGraphType<IntGraphType>>("problemCount").Resolve(ctx => ctx.Source.Report.Problems.Count);
        Field<NonNullGraphType<IntGraphType>>("warningCount").Resolve(ctx => ctx.Source.Report.Warnings.Count);
    }
}

internal sealed class ImportRegionRosterPayloadType()
    : PayloadType<RegionRosterImportReportType, RegionRosterImportReport>("ImportRegionRosterPayload", "report");
