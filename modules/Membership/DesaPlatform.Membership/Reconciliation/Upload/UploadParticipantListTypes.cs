using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation.Upload;

internal sealed record UploadParticipantListInput(string RegionCode, string AsOf, string FileName, string FileBase64, bool DryRun);

internal sealed class UploadParticipantListInputType : InputObjectGraphType<UploadParticipantListInput>
{
    public UploadParticipantListInputType()
    {
        Name = "UploadBpjsParticipantListInput";
        Field(i => i.RegionCode).Description("The regency or province the branch's list covers.");
        Field(i => i.AsOf).Description("The list's date (YYYY-MM-DD): whom BPJS counted active on that day.");
        Field(i => i.FileName).Description("Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon).");
        Field(i => i.FileBase64).Description($"The file's bytes, base64. Columns: {string.Join(',', ParticipantSheet.Header)} (template: GET /api/bpjs-participants/template).");
        Field(i => i.DryRun).Description("true: only report what the reconciliation would find.");
    }
}

internal sealed class ParticipantListReportType : ObjectGraphType<ParticipantListReport>
{
    public ParticipantListReportType()
    {
        Name = "BpjsParticipantListReport";
        Field(r => r.Applied).Description("Whether the list and its reconciliation were kept (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be kept.");
        Field(r => r.Participants).Description("Data rows read.");
        Field<IdGraphType>("listId").Resolve(ctx => ctx.Source.ListId);
        Field<NonNullGraphType<GroupCountsType>>("groups").Resolve(ctx => ctx.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantProblemType>>>>("problems").Resolve(ctx => ctx.Source.Problems);
    }
}

internal sealed class ParticipantProblemType : ObjectGraphType<ParticipantProblem>
{
    public ParticipantProblemType()
    {
        Name = "BpjsParticipantProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true).Description("The column's header name.");
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        this.Values(p => p.Values);
    }
}

internal sealed class UploadParticipantListPayloadType() : PayloadType<ParticipantListReportType, ParticipantListReport>("UploadBpjsParticipantListPayload", "report");
