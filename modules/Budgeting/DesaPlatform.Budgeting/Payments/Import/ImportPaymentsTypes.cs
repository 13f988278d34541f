using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Payments.Import;

internal sealed record ImportPaymentsInput(string VillageCode, string FileName, string FileBase64, bool DryRun);

internal sealed class ImportPaymentsInputType : InputObjectGraphType<ImportPaymentsInput>
{
    public ImportPaymentsInputType()
    {
        Name = "ImportPaymentsInput";
        Field(i => i.VillageCode).Description("The village the invoice or payment sheet is for.");
        Field(i => i.FileName).Description("Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon).");
        Field(i => i.FileBase64).Description($"The file's bytes, base64. Columns: {string.Join(',', PaymentSheet.Header)} (periode YYYY-MM; NIK or KPJ).");
        Field(i => i.DryRun).Description("true: only report what would change.");
    }
}

internal sealed class PaymentImportReportType : ObjectGraphType<PaymentImportReport>
{
    public PaymentImportReportType()
    {
        Name = "PaymentImportReport";
        Field(r => r.Applied).Description("Whether the rows were saved (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be saved.");
        Field<NonNullGraphType<IntGraphType>>("added").Resolve(ctx => ctx.Source.Count(PaymentImportReport.Added));
        Field<NonNullGraphType<IntGraphType>>("changed").Resolve(ctx => ctx.Source.Count(PaymentImportReport.Changed));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(ctx => ctx.Source.Count(PaymentImportReport.Unchanged));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentImportRowType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentImportProblemType>>>>("problems").Resolve(ctx => ctx.Source.Problems);
    }
}

internal sealed class PaymentImportRowType : ObjectGraphType<PaymentImportRow>
{
    public PaymentImportRowType()
    {
        Name = "PaymentImportRow";
        Field(r => r.Line);
        Field(r => r.FullName).Description("The roster's name of the person matched.");
        Field(r => r.Period).Description("YYYY-MM.");
        Field(r => r.Amount);
        Field(r => r.Kind).Description("ADDED, CHANGED or UNCHANGED.");
    }
}

internal sealed class PaymentImportProblemType : ObjectGraphType<PaymentImportProblem>
{
    public PaymentImportProblemType()
    {
        Name = "PaymentImportProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true).Description("The column's header name.");
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        this.Values(p => p.Values);
    }
}

internal sealed class ImportPaymentsPayloadType() : PayloadType<PaymentImportReportType, PaymentImportReport>("ImportPaymentsPayload", "report");
