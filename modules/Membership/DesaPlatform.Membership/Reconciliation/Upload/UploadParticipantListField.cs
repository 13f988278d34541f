using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation.Upload;

internal static class UploadParticipantListField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<UploadParticipantListPayloadType>>("uploadBpjsParticipantList")
            .Description("Reads a BPJS Ketenagakerjaan branch's participant list for a regency or province and reconciles it with the approved rosters, all or nothing; dryRun only reports.")
            .Argument<NonNullGraphType<UploadParticipantListInputType>>("input")
            .RequireRoles(ReconciliationRoles.Uploaders)
            .ResolveAsync(async ctx => await ctx.Service<UploadParticipantListHandler>()
                .HandleAsync(ctx.GetArgument<UploadParticipantListInput>("input"), ctx.CancellationToken));
}
