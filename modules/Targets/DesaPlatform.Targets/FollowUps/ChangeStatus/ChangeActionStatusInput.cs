using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.FollowUps.ChangeStatus;

internal sealed record ChangeActionStatusInput(Guid ActionId, ActionStatus Status, string? Note);
