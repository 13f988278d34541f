using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Budgeting.Arrears.Kept;

/// <summary>
/// A roster approved or reopened changes who is enrolled, on which terms, in the village: its arrears are counted
/// again. (Budget plans are Budgeting's own submissions and change no arrears.)
/// </summary>
internal sealed class RosterDecisions(ArrearsStamps stamps) : IApprovalObserver
{
    public Task DecidedAsync(IReadOnlyList<ApprovalSubmission> submissions, ApprovalAction action, CancellationToken cancellationToken)
    {
        var villages = submissions.Where(s => s is not BudgetPlanSubmission).Select(s => s.RegionCode).Distinct().ToList();
        return villages.Count == 0 || action is not (ApprovalAction.Approve or ApprovalAction.Reopen)
            ? Task.CompletedTask
            : stamps.ChangedInAsync(villages, cancellationToken);
    }
}
