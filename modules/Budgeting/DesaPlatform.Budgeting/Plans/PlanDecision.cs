using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans;

/// <summary>A decision on a sent plan through the one workflow, with what the step does to the plan itself.</summary>
internal sealed class PlanDecision(BudgetingDbContext db, ApprovalWorkflow<BudgetPlanSubmission> workflow)
{
    public Task<Payload<BudgetPlanSubmission>> DecideAsync(Guid submissionId, ApprovalAction action, string? reason,
        Func<BudgetPlan, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken) =>
        workflow.DecideAsync(submissionId, action, reason, async (submission, at) =>
            await apply(await db.BudgetPlans.FirstAsync(p => p.Id == submission.PlanId, cancellationToken), at), cancellationToken);

    public Task<UserError?> LatestOnlyAsync(BudgetPlan plan) =>
        db.BudgetPlans.AnyAsync(p => p.RegionCode == plan.RegionCode && p.Year == plan.Year && p.Revision > plan.Revision)
            .ContinueWith(later => later.Result ? PlanErrors.NotLatest : null);
}
