using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj.Import;

internal sealed record ImportUcjInputsInput(string FileName, string FileBase64, bool DryRun);

internal sealed class ImportUcjInputsInputType : InputObjectGraphType<ImportUcjInputsInput>
{
    public ImportUcjInputsInputType()
    {
        Name = "ImportUcjInputsInput";
        Field(i => i.FileName).Description("Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon).");
        Field(i => i.FileBase64).Description($"The file's bytes, base64. Columns: {string.Join(',', UcjSheet.Header)} (periode YYYY-MM; catatan optional).");
        Field(i => i.DryRun).Description("true: only report what would change.");
    }
}

internal sealed class UcjImportReportType : ObjectGraphType<UcjImportReport>
{
    public UcjImportReportType()
    {
        Name = "UcjImportReport";
        Field(r => r.Applied).Description("Whether the rows were saved (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be saved.");
        Field<NonNullGraphType<IntGraphType>>("added").Resolve(ctx => ctx.Source.Count(UcjImportReport.Added));
        Field<NonNullGraphType<IntGraphType>>("changed").Resolve(ctx => ctx.Source.Count(UcjImportReport.Changed));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(ctx => ctx.Source.Count(UcjImportReport.Unchanged));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UcjImportRowType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UcjImportProblemType>>>>("problems").Resolve(ctx => ctx.Source.Problems);
    }
}

internal sealed class UcjImportRowType : ObjectGraphType<UcjImportRow>
{
    public UcjImportRowType()
    {
        Name = "UcjImportRow";
        Field(r => r.Line);
        Field(r => r.RegionCode);
        Field(r => r.Period).Description("YYYY-MM.");
        Field(r => r.Kind).Description("ADDED, CHANGED or UNCHANGED.");
    }
}

internal sealed class UcjImportProblemType : ObjectGraphType<UcjImportProblem>
{
    public UcjImportProblemType()
    {
        Name = "UcjImportProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true).Description("The column's header name.");
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        this.Values(p => p.Values);
    }
}

internal sealed class ImportUcjInputsPayloadType() : PayloadType<UcjImportReportType, UcjImportReport>("ImportUcjInputsPayload", "report");
