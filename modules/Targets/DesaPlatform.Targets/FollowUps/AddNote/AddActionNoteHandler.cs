using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;

namespace DesaPlatform.Targets.FollowUps.AddNote;

internal sealed class AddActionNoteHandler(ActionProgress progress)
{
    public Task<Payload<FollowUpAction>> HandleAsync(AddActionNoteInput input, CancellationToken cancellationToken) =>
        progress.RecordAsync(input.ActionId, input.Note, null,
            MonevText.Required(input.Note, MonevModel.NoteLength, "note", "Catatan perkembangan"), cancellationToken);
}
