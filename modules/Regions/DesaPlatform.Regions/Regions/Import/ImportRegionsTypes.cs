using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Regions.Regions.Import;

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
        foreach (var kind in Enum.GetValues<RegionChangeKind>())
            Field<NonNullGraphType<IntGraphType>>(kind.ToString().ToLowerInvariant()).Resolve(ctx => ctx.Source.Count(kind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportChangeType>>>>("changes")
            .Argument<IntGraphType>("first", "At most this many (default 200); the counts above are complete.")
            .Resolve(ctx => ctx.Source.Changes.Take(ctx.GetArgument("first", 200)));
        Field<NonNullGraphType<IntGraphType>>("problemCount").Resolve(ctx => ctx.Source.Problems.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportProblemKindType>>>>("problemKinds")
            .Description("How many problems of each kind, with the first as example: a summary when there are many.")
            .Resolve(ctx => ctx.Source.Problems.GroupBy(p => p.Code).Select(g => new RegionImportProblemKind(g.Key, g.Count(), g.First())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportProblemType>>>>("problems")
            .Argument<IntGraphType>("first", "At most this many, in line order (default 200); problemCount is complete.")
            .Resolve(ctx => ctx.Source.Problems.Take(ctx.GetArgument("first", 200)));
    }
}

internal sealed class RegionImportChangeType : ObjectGraphType<RegionImportChange>
{
    public RegionImportChangeType()
    {
        Name = "RegionImportChange";
        Field(c => c.Code);
        Field(c => c.Name);
        Field<NonNullGraphType<RegionChangeKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
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

internal sealed record RegionImportProblemKind(string Code, int Count, RegionImportProblem First);

internal sealed class RegionImportProblemKindType : ObjectGraphType<RegionImportProblemKind>
{
    public RegionImportProblemKindType()
    {
        Name = "RegionImportProblemKind";
        Field(k => k.Code);
        Field(k => k.Count);
        Field<NonNullGraphType<RegionImportProblemType>>("first").Resolve(ctx => ctx.Source.First);
    }
}

internal sealed class ImportRegionsPayloadType() : PayloadType<RegionImportReportType, RegionImportReport>("ImportRegionsPayload", "report");
