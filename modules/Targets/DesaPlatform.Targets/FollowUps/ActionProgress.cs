using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.FollowUps;

/// <summary>A dated step on an action — a progress note, a new status, or both — by someone who may update it.</summary>
internal sealed class ActionProgress(TargetsDbContext db, ICurrentUser user, IClock clock)
{
    public async Task<Payload<FollowUpAction>> RecordAsync(Guid actionId, string? note, ActionStatus? status, UserError? inputError,
        CancellationToken cancellationToken)
    {
        var action = await db.FollowUpActions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null) return Payload<FollowUpAction>.Failure(UserError.NotFound("actionId"));
        if (!action.MayBeUpdatedBy(user))
            return Payload<FollowUpAction>.Failure(new UserError("ACTION_NOT_OWNED",
                "Operator desa hanya memperbarui tindak lanjut yang menjadi tanggung jawab desanya.", "actionId"));
        if (inputError is not null) return Payload<FollowUpAction>.Failure(inputError);

        var changed = status is { } next && next != action.Status;
        if (!changed && MonevText.Clean(note) is null)
            return Payload<FollowUpAction>.Failure(new UserError("STATUS_UNCHANGED",
                "Tindak lanjut sudah berstatus ini; pilih status lain atau tulis catatan.", "status"));
        if (changed)
        {
            action.Status = status!.Value;
            action.Version++;
        }
        db.ActionUpdates.Add(new ActionUpdate
        {
            ActionId = action.Id, RegionCode = action.RegionCode, At = clock.UtcNow, By = user.UserName!,
            Note = MonevText.Clean(note), Status = changed ? status : null,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<FollowUpAction>.Failure(new UserError("CONFLICT", "Status tindak lanjut ini baru saja diubah orang lain.", "actionId"));
        }
        return Payload<FollowUpAction>.Success(action);
    }
}
