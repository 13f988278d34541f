using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

/// <summary>The previous revisions, sendings and their histories of a page of plans, one query each for the request.</summary>
internal sealed class PlanLoaders(BudgetingDbContext db)
{
    private readonly BatchLoader<PlanRevision, IReadOnlyList<PlanLine>> _lines = new(async (revisions, ct) =>
    {
        var regions = revisions.Select(r => r.RegionCode).Distinct().ToList();
        var years = revisions.Select(r => r.Year).Distinct().ToList();
        var numbers = revisions.Select(r => r.Revision).Distinct().ToList();
        var plans = await db.BudgetPlans.AsNoTracking()
            .Where(p => regions.Contains(p.RegionCode) && years.Contains(p.Year) && numbers.Contains(p.Revision))
            .Select(p => new { p.RegionCode, p.Year, p.Revision, p.Lines }).ToListAsync(ct);
        return plans.ToDictionary(p => new PlanRevision(p.RegionCode, p.Year, p.Revision), p => p.Lines);
    });

    private readonly BatchLoader<Guid, List<BudgetPlanSubmission>> _submissions = new(async (planIds, ct) =>
        (await db.BudgetPlanSubmissions.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).ToListAsync(ct))
        .GroupBy(s => s.PlanId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.SubmittedAt).ToList()));

    private readonly BatchLoader<Guid, List<BudgetPlanEvent>> _events = new(async (submissionIds, ct) =>
        (await db.BudgetPlanEvents.AsNoTracking().Where(e => submissionIds.Contains(e.SubmissionId)).ToListAsync(ct))
        .GroupBy(e => e.SubmissionId)
        .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ToList()));

    /// <summary>The lines of the revision before <paramref name="plan"/>'s; null for the first.</summary>
    public IDataLoaderResult<IReadOnlyList<PlanLine>?> PreviousLines(BudgetPlan plan) =>
        _lines.Load(new PlanRevision(plan.RegionCode, plan.Year, plan.Revision - 1));

    public IDataLoaderResult<List<BudgetPlanSubmission>> Submissions(Guid planId) => _submissions.Load(planId).Then(s => s ?? []);

    public IDataLoaderResult<List<BudgetPlanEvent>> Events(Guid submissionId) => _events.Load(submissionId).Then(e => e ?? []);

    private sealed record PlanRevision(string RegionCode, int Year, int Revision);
}
