namespace DesaPlatform.Targets.FollowUps.AddNote;

internal sealed record AddActionNoteInput(Guid ActionId, string Note);
