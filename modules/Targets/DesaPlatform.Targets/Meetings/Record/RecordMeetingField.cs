using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Meetings.Record;

internal static class RecordMeetingField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RecordMeetingPayloadType>>("recordMonevMeeting")
            .Description("Records a monev meeting held for a region of your scope.")
            .Argument<NonNullGraphType<RecordMeetingInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
                await ctx.Service<RecordMeetingHandler>().HandleAsync(ctx.GetArgument<RecordMeetingInput>("input"), ctx.CancellationToken));
}
