using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.FollowUps.Add;

internal sealed record AddActionInput(Guid FindingId, string What, ActionOwner Owner, string? OwnerName, DateOnly DueDate);
