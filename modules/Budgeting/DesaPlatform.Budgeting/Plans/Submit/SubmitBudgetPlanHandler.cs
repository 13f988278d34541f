using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Submit;

/// <summary>The submitter sends the latest revision of a year's plan of their level, as it stands, to its reviewer.</summary>
internal sealed class SubmitBudgetPlanHandler(BudgetingDbContext db, ApprovalWorkflow<BudgetPlanSubmission> workflow)
{
    public async Task<Payload<BudgetPlanSubmission>> HandleAsync(PlanLevel level, Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.BudgetPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.RegionCode.Length == level.CodeLength, cancellationToken);
        if (plan is null) return Payload<BudgetPlanSubmission>.Failure(UserError.NotFound("planId"));
        return await workflow.SubmitAsync(plan.RegionCode, s => s.RegionCode == plan.RegionCode && s.Year == plan.Year, PlanErrors.Waiting,
            async (by, at) =>
            {
                var current = await db.BudgetPlans.FirstAsync(p => p.Id == planId, cancellationToken);
                if (current.IsApproved) return Payload<BudgetPlanSubmission>.Failure(PlanErrors.Approved);
                if (await db.BudgetPlans.AnyAsync(p => p.RegionCode == current.RegionCode && p.Year == current.Year && p.Revision > current.Revision,
                        cancellationToken))
                    return Payload<BudgetPlanSubmission>.Failure(PlanErrors.NotLatest with { Field = "planId" });
                return Payload<BudgetPlanSubmission>.Success(new BudgetPlanSubmission
                {
                    RegionCode = current.RegionCode, PlanId = current.Id, Year = current.Year, Revision = current.Revision, Total = current.Total,
                    SubmittedAt = at, SubmittedBy = by,
                });
            }, cancellationToken);
    }
}
