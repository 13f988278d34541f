using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Approvals;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans;

internal static class PlanSubmissions
{
    /// <summary>Whether the plan waits for the regency's decision: then nobody changes it.</summary>
    public static Task<bool> WaitingAsync(BudgetingDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.BudgetPlanSubmissions.AnyAsync(s => s.PlanId == planId && s.Status == SubmissionStatus.Submitted, cancellationToken);
}
