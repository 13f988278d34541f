using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.ImportOperators;

internal sealed record ImportOperatorsInput(string Csv, bool? DryRun);

internal sealed class ImportOperatorsInputType : InputObjectGraphType<ImportOperatorsInput>
{
    public ImportOperatorsInputType()
    {
        Name = "ImportOperatorsInput";
        Field(i => i.Csv).Description("The file's text: user_name,full_name,village_code,contact (contact: email or phone number).");
        Field(i => i.DryRun, nullable: true).Description("true: only check the file and report.");
    }
}

internal sealed class OperatorImportReportType : ObjectGraphType<OperatorImportReport>
{
    public OperatorImportReportType()
    {
        Name = "OperatorImportReport";
        Field(r => r.Applied).Description("Whether the accounts were created (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be created.");
        Field(r => r.Created);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperatorImportRowType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperatorImportProblemType>>>>("problems").Resolve(ctx => ctx.Source.Problems);
    }
}

internal sealed class OperatorImportRowType : ObjectGraphType<OperatorImportRow>
{
    public OperatorImportRowType()
    {
        Name = "OperatorImportRow";
        Field(r => r.Line);
        Field(r => r.UserName);
        Field(r => r.FullName);
        Field(r => r.VillageCode);
        Field(r => r.InitialPassword, nullable: true)
            .Description("The account's one-time password, shown only in this answer (null unless created).");
    }
}

internal sealed class OperatorImportProblemType : ObjectGraphType<OperatorImportProblem>
{
    public OperatorImportProblemType()
    {
        Name = "OperatorImportProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true);
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        this.Values(p => p.Values);
    }
}

internal sealed class ImportOperatorsPayloadType() : PayloadType<OperatorImportReportType, OperatorImportReport>("ImportOperatorsPayload", "report");
