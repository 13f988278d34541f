using DesaPlatform.Membership.Roster.Update;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation.TakeIntoDraft;

internal static class TakeBpjsStatusField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<UpdatePersonPayloadType>>("takeBpjsStatus")
            .Description("Stages in the village's draft the BPJS status of someone active at BPJS but not covered in the roster; submit as usual.")
            .Argument<NonNullGraphType<TakeBpjsStatusInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<TakeBpjsStatusHandler>()
                .HandleAsync(ctx.GetArgument<TakeBpjsStatusInput>("input").ResultId, ctx.CancellationToken));
}

internal sealed record TakeBpjsStatusInput(Guid ResultId);

internal sealed class TakeBpjsStatusInputType : InputObjectGraphType<TakeBpjsStatusInput>
{
    public TakeBpjsStatusInputType()
    {
        Name = "TakeBpjsStatusInput";
        Field<NonNullGraphType<IdGraphType>>("resultId").Description("A result of the ACTIVE_NOT_DECLARED group.");
    }
}
