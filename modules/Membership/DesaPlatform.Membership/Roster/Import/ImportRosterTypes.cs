using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Import;

internal sealed record ImportRosterInput(string VillageCode, string FileName, string FileBase64, bool DryRun, bool ConfirmLosses);

internal sealed class ImportRosterInputType : InputObjectGraphType<ImportRosterInput>
{
    public ImportRosterInputType()
    {
        Name = "ImportRosterInput";
        Field(i => i.VillageCode);
        Field(i => i.FileName).Description("Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon).");
        Field(i => i.FileBase64).Description("The file's bytes, base64.");
        Field(i => i.DryRun).Description("true: only report what would change.");
        Field(i => i.ConfirmLosses, nullable: true).DefaultValue(false)
            .Description("The operator has seen the report's warnings and applies the file anyway; without it a file with warnings is refused (CONFIRMATION_REQUIRED).");
    }
}

internal sealed class RosterImportReportType : ObjectGraphType<RosterImportReport>
{
    private const int DefaultItems = 200;

    public RosterImportReportType()
    {
        Name = "RosterImportReport";
        Field<NonNullGraphType<IntGraphType>>("rows").Resolve(ctx => ctx.Source.Rows.Count);
        foreach (var kind in new[] { "ADDED", "CHANGED", "ENDED", ImportRosterHandler.Unchanged })
            Field<NonNullGraphType<IntGraphType>>(kind.ToLowerInvariant()).Resolve(ctx => ctx.Source.Count(kind));
        Field(r => r.Applied).Description("Whether the changes were saved into the draft (never on a dry run or a refused file).");
        Field(r => r.Refused).Description("The file has problems: nothing was or would be saved.");
        Field<NonNullGraphType<IntGraphType>>("problemCount").Resolve(ctx => ctx.Source.Problems.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportProblemType>>>>("problems")
            .Argument<IntGraphType>("first", $"At most this many, in line order (default {DefaultItems}); problemCount is complete.")
            .Resolve(ctx => ctx.Source.Problems.Take(ctx.GetArgument("first", DefaultItems)));
        Field<NonNullGraphType<IntGraphType>>("warningCount").Resolve(ctx => ctx.Source.Warnings.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportWarningType>>>>("warnings")
            .Description("Clean rows that take an enrollment or a term away from someone, in line order: applied only with confirmLosses.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultItems}); warningCount is complete.")
            .Resolve(ctx => ctx.Source.Warnings.Take(ctx.GetArgument("first", DefaultItems)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterImportRowType>>>>("changes")
            .Description("The rows that add, change or end an entry, in line order.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultItems}); the counts above are complete.")
            .Resolve(ctx => ctx.Source.Rows.Where(r => r.Kind != ImportRosterHandler.Unchanged).Take(ctx.GetArgument("first", DefaultItems)));
    }
}

internal sealed class RosterImportProblemType : ObjectGraphType<RosterImportProblem>
{
    public RosterImportProblemType()
    {
        Name = "RosterImportProblem";
        Field(p => p.Line).Description("1 is the header; 0 means the whole file.");
        Field(p => p.Column, nullable: true).Description("The column's header name.");
        Field(p => p.VillageCode, nullable: true).Description("The village the row is for; none for a problem of the whole file or of the row's village code.");
        Field(p => p.Code);
        Field(p => p.Message).Description("Bahasa Indonesia.");
        this.Values(p => p.Values);
    }
}

internal sealed class RosterImportRowType : ObjectGraphType<RosterImportRow>
{
    public RosterImportRowType()
    {
        Name = "RosterImportRow";
        Field(r => r.Line);
        Field(r => r.VillageCode).Description("The village whose roster the row changes.");
        Field(r => r.Kind).Description("ADDED, CHANGED or ENDED.");
        Field(r => r.FullName);
        Field(r => r.PositionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fields").Resolve(ctx => ctx.Source.Fields);
    }
}

internal sealed class RosterImportWarningType : ObjectGraphType<RosterImportWarning>
{
    public RosterImportWarningType()
    {
        Name = "RosterImportWarning";
        Field(w => w.Line);
        Field(w => w.VillageCode).Description("The village whose roster the row changes.");
        Field(w => w.Code).Description("ENDS_PROTECTION: covered today and would not be; TAKES_AWAY: loses something else.");
        Field(w => w.FullName);
        Field<NonNullGraphType<StringGraphType>>("nik").Resolve(ctx => PersonalFields.Text("nik", ctx.Source.Nik, ctx.Service<ICurrentUser>()));
        Field(w => w.PositionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("losses")
            .Description("What the person loses: termEnd, enrollment.kpj, enrollment.programs, enrollment.status (before and after).")
            .Resolve(ctx => ctx.Source.Losses);
        Field(w => w.Message).Description("Bahasa Indonesia.");
    }
}

internal sealed class ImportRosterPayloadType() : PayloadType<RosterImportReportType, RosterImportReport>("ImportRosterPayload", "report");
