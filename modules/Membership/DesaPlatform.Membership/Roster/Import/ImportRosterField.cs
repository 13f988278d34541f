using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Import;

internal static class ImportRosterField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportRosterPayloadType>>("importRoster")
            .Description("Reads a roster spreadsheet (template: GET /api/roster/template) into the village's draft, all or nothing; dryRun only reports. A file whose rows take an enrollment or a term away (report.warnings) is applied only with confirmLosses.")
            .Argument<NonNullGraphType<ImportRosterInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<ImportRosterHandler>()
                .HandleAsync(ctx.GetArgument<ImportRosterInput>("input"), ctx.CancellationToken));
}
