using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.RegionImport;

internal static class ImportRegionRosterField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportRegionRosterPayloadType>>("importRegionRoster")
            .Description("Reads one roster spreadsheet of many villages (template: GET /api/roster/template; kode_desa names each row's village) " +
                         "into each village's draft and sends one submission per village on its behalf, all or nothing; dryRun only reports, per village and per row.")
            .Argument<NonNullGraphType<ImportRegionRosterInputType>>("input")
            .RequireRoles(UserRole.RegencyStaff, UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx => await ctx.Service<ImportRegionRosterHandler>()
                .HandleAsync(ctx.GetArgument<ImportRegionRosterInput>("input"), ctx.CancellationToken));
}
