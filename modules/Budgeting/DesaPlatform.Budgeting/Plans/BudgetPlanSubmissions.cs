using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans;

/// <summary>Budget plans as a kind of submission: kept in Budgeting's context, decided holding the village's <see cref="PlanLock"/>.</summary>
internal sealed class BudgetPlanSubmissions(BudgetingDbContext db, PlanLock planLock) : ISubmissionKind<BudgetPlanSubmission>
{
    public DbContext Db => db;

    public Task<Payload<BudgetPlanSubmission>> HoldingAsync(string regionCode, Func<Task<Payload<BudgetPlanSubmission>>> step,
        CancellationToken cancellationToken) => planLock.ChangeAsync(regionCode, step, cancellationToken);
}
