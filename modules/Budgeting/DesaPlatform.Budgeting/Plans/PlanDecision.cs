using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans;

/// <summary>A decision on a sent plan through the one workflow, with what the step does to the plan itself.</summary>
internal sealed class PlanDecision(BudgetingDbContext db, ApprovalWorkflow<BudgetPlanSubmission> workflow)
{
    /// <summary>Only a submission of the level's plans is found: a regency's staff never decide on their own plan, nor a province on a village's.</summary>
    public async Task<Payload<BudgetPlanSubmission>> DecideAsync(PlanLevel level, Guid submissionId, ApprovalAction action, string? reason,
        Func<BudgetPlan, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken)
    {
        if (!await db.BudgetPlanSubmissions.AnyAsync(s => s.Id == submissionId && s.RegionCode.Length == level.CodeLength, cancellationToken))
            return Payload<BudgetPlanSubmission>.Failure(UserError.NotFound("submissionId"));
        return await workflow.DecideAsync(submissionId, action, reason, async (submission, at) =>
            await apply(await db.BudgetPlans.FirstAsync(p => p.Id == submission.PlanId, cancellationToken), at), cancellationToken);
    }

    public async Task<UserError?> LatestOnlyAsync(BudgetPlan plan, CancellationToken cancellationToken) =>
        await db.BudgetPlans.AnyAsync(p => p.RegionCode == plan.RegionCode && p.Year == plan.Year && p.Revision > plan.Revision, cancellationToken)
            ? PlanErrors.NotLatest
            : null;
}
