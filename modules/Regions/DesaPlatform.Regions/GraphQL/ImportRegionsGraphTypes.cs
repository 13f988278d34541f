using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Regions.GraphQL;

internal sealed record ImportRegionsInput(string Csv, string? FileName, bool DryRun);

internal sealed class ImportRegionsInputType : InputObjectGraphType<ImportRegionsInput>
{
    public ImportRegionsInputType()
    {
        Name = "ImportRegionsInput";
        Field(i => i.Csv).Description("The file's text: code,name,level,parent_code,kind.");
        Field(i => i.FileName, nullable: true);
        Field(i => i.DryRun).Description("true: only report what would change.");
    }
}

internal sealed class RegionImportReportType : ObjectGraphType<RegionImportReport>
{
    public RegionImportReportType()
    {
        Name = "RegionImportReport";
        Field(r => r.Rows);
        Field(r => r.Unchanged);
        Field(r => r.Applied).Description("Whether the changes were saved (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be applied.");
        foreach (var kind in new[] { "added", "renamed", "reclassified", "retired", "restored" })
            Field<NonNullGraphType<IntGraphType>>(kind).Resolve(ctx => ctx.Source.Count(kind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportChangeType>>>>("changes")
            .Argument<IntGraphType>("first", "At most this many (default 200); the counts above are complete.")
            .Resolve(ctx => ctx.Source.Changes.Take(ctx.GetArgument("first", 200)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportProblemType>>>>("problems").Resolve(ctx => ctx.Source.Problems);
    }
}

internal sealed class RegionImportChangeType : ObjectGraphType<RegionImportChange>
{
    public RegionImportChangeType()
    {
        Name = "RegionImportChange";
        Field(c => c.Code);
        Field(c => c.Name);
        Field(c => c.Kind).Description("added, renamed, reclassified, retired or restored.");
        Field(c => c.OldValue, nullable: true);
        Field(c => c.NewValue, nullable: true);
    }
}

internal sealed class RegionImportProblemType : ObjectGraphType<RegionImportProblem>
{
    public RegionImportProblemType()
    {
        Name = "RegionImportProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true);
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        Field(p => p.MessageEn).Description("English.");
    }
}

internal sealed class ImportRegionsPayloadType() : PayloadType<RegionImportReportType, RegionImportReport>("ImportRegionsPayload", "report");
