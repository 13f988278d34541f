using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;

namespace DesaPlatform.Targets.FollowUps.ChangeStatus;

internal sealed class ChangeActionStatusHandler(ActionProgress progress)
{
    public Task<Payload<FollowUpAction>> HandleAsync(ChangeActionStatusInput input, CancellationToken cancellationToken) =>
        progress.RecordAsync(input.ActionId, input.Note, input.Status,
            MonevText.Optional(input.Note, MonevModel.NoteLength, "note", "Catatan perkembangan"), cancellationToken);
}
