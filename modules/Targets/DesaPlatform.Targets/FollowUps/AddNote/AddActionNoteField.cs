using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.AddNote;

internal static class AddActionNoteField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AddActionNotePayloadType>>("addActionNote")
            .Description("Adds a dated progress note to a follow-up action; a desa operator, only to actions the desa owns.")
            .Argument<NonNullGraphType<AddActionNoteInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff, UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
                await ctx.Service<AddActionNoteHandler>().HandleAsync(ctx.GetArgument<AddActionNoteInput>("input"), ctx.CancellationToken));
}
