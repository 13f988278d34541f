using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>A follow-up agreed on a finding: what, who will do it, by when, and how far it is.</summary>
internal sealed class FollowUpAction : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid FindingId { get; init; }

    /// <summary>The finding's desa: the action is read and written within its scope.</summary>
    public required string RegionCode { get; init; }

    public required string What { get; init; }
    public required ActionOwner Owner { get; init; }

    /// <summary>Who, when the owner is <see cref="ActionOwner.Other"/>.</summary>
    public string? OwnerName { get; init; }

    public required DateOnly DueDate { get; init; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public required string RecordedBy { get; init; }
    public required DateTime RecordedAt { get; init; }
    public int Version { get; set; }

    /// <summary>Done and dropped actions are closed: nothing more is expected of them.</summary>
    public static readonly ActionStatus[] Closed = [ActionStatus.Done, ActionStatus.Dropped];

    public bool IsOverdue(DateOnly today) => DueDate < today && !Closed.Contains(Status);

    /// <summary><see cref="IsOverdue"/> as the database runs it.</summary>
    public static Expression<Func<FollowUpAction, bool>> OverdueOn(DateOnly today) =>
        a => a.DueDate < today && a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped;

    /// <summary>A village operator updates only what their village owns; the recorders of the meeting, any action in their scope.</summary>
    public bool MayBeUpdatedBy(ICurrentUser user) => user.Role != UserRole.VillageOperator || Owner == ActionOwner.Village;
}

internal enum ActionOwner
{
    /// <summary>The desa the finding is about.</summary>
    Village,
    RegencyDpmd,
    Province,
    BpjsBranch,
    Other,
}

internal enum ActionStatus
{
    Open,
    InProgress,
    Constrained,
    Done,
    Dropped,
}
