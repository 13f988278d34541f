using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>A revision of a village's plan sent to its regency, through the one approval workflow.</summary>
internal sealed class BudgetPlanSubmission : ApprovalSubmission<BudgetPlanEvent>
{
    public required Guid PlanId { get; init; }
    public required int Year { get; init; }
    public required int Revision { get; init; }

    /// <summary>The plan's total when it was sent.</summary>
    public required decimal Total { get; init; }

    protected override BudgetPlanEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason) =>
        new() { RegionCode = RegionCode, SubmissionId = Id, Kind = kind, At = at, By = by, Reason = reason };
}

internal sealed class BudgetPlanEvent : ApprovalEvent;
