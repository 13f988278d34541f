using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Tests.Unit.SharedKernel.Approvals;

/// <summary>A decision through the workflow, on the made-up kind and its own database of the run's provider.</summary>
public sealed class ApprovalWorkflowTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly List<string> _applied = [];
    private TestDatabase _database = null!;
    private TestPlans _db = null!;
    private TestPlanKind _kind = null!;
    private ApprovalWorkflow<TestPlan> _decision = null!;
    private ApprovalWorkflow<TestPlan> _operator = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _db = new TestPlans(_database);
        await _db.Database.EnsureCreatedAsync();
        _kind = new TestPlanKind(_db);
        var reviewer = new CurrentUser();
        reviewer.SignIn("dpmd", UserRole.RegencyStaff, "61.01");
        _decision = new ApprovalWorkflow<TestPlan>(_kind, reviewer, new SettableClock(Now), []);
        var villageOperator = new CurrentUser();
        villageOperator.SignIn("operator", UserRole.VillageOperator, TestPlan.Village);
        _operator = new ApprovalWorkflow<TestPlan>(_kind, villageOperator, new SettableClock(Now), []);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    private TestPlan Stored(SubmissionStatus status)
    {
        var plan = ApprovalStepTests.PlanIn(status);
        _db.Plans.Add(plan);
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
        return plan;
    }

    private Task<UserError?> Apply(TestPlan plan, DateTime at)
    {
        _applied.Add($"{plan.Status} at {at:O}");
        return Task.FromResult<UserError?>(null);
    }

    private TestPlan Reread(Guid id) => _db.Plans.AsNoTracking().Single(p => p.Id == id);

    private static readonly UserError PlanWaiting = new("PLAN_WAITING", "…");

    private Task<Payload<TestPlan>> Send(int year, UserError? refusal = null) =>
        _operator.SubmitAsync(TestPlan.Village, p => p.RegionCode == TestPlan.Village && p.Year == year, PlanWaiting, (by, at) =>
        {
            _applied.Add($"prepared by {by} at {at:O}");
            return Task.FromResult(refusal is null ? Payload<TestPlan>.Success(TestPlan.Sent(at, by, year)) : Payload<TestPlan>.Failure(refusal));
        }, CancellationToken.None);

    [Fact]
    public async Task Sending_saves_the_new_submission_with_its_first_event_holding_the_lock()
    {
        var payload = await Send(2026);

        Assert.Empty(payload.Errors);
        Assert.Equal([TestPlan.Village], _kind.Locked);
        Assert.Equal([$"prepared by operator at {Now:O}"], _applied);
        var stored = Reread(payload.Result!.Id);
        Assert.Equal((SubmissionStatus.Submitted, "operator", Now, 0), (stored.Status, stored.SubmittedBy, stored.SubmittedAt, stored.Version));
        var sent = Assert.Single(_db.Events.AsNoTracking());
        Assert.Equal((stored.Id, SubmissionStatus.Submitted, "operator", Now), (sent.SubmissionId, sent.Kind, sent.By, sent.At));
    }

    [Theory]
    [InlineData(SubmissionStatus.Submitted, 2026, "PLAN_WAITING")]
    [InlineData(SubmissionStatus.Submitted, 2027, null)]
    [InlineData(SubmissionStatus.Returned, 2026, null)]
    [InlineData(SubmissionStatus.Approved, 2026, null)]
    public async Task While_one_of_the_same_subject_waits_no_other_is_sent(SubmissionStatus earlier, int year, string? code)
    {
        Stored(earlier);
        var payload = await Send(year);

        Assert.Equal(code is null ? [] : [code], payload.Errors.Select(e => e.Code));
        Assert.Equal(code is null ? 1 : 0, _applied.Count);
        Assert.Equal(code is null ? 2 : 1, _db.Plans.AsNoTracking().Count());
    }

    [Fact]
    public async Task The_kinds_refusal_to_send_saves_nothing()
    {
        var payload = await Send(2026, new UserError("NOTHING_TO_SEND", "…"));

        Assert.Equal(["NOTHING_TO_SEND"], payload.Errors.Select(e => e.Code));
        Assert.Empty(_db.Plans.AsNoTracking());
        Assert.Empty(_db.Events.AsNoTracking());
    }

    [Fact]
    public async Task A_decision_runs_the_kinds_work_holding_its_lock_then_records_the_step_and_saves_it()
    {
        var plan = Stored(SubmissionStatus.Submitted);
        var saved = new List<SubmissionStatus>();
        var payload = await _decision.DecideAsync(plan.Id, ApprovalAction.Return, "  Baris 2 salah ", Apply, CancellationToken.None,
            (p, _) =>
            {
                saved.Add(Reread(p.Id).Status);
                return Task.CompletedTask;
            });

        Assert.Empty(payload.Errors);
        Assert.Equal([plan.RegionCode], _kind.Locked);
        Assert.Equal([$"Submitted at {Now:O}"], _applied);
        Assert.Equal([SubmissionStatus.Returned], saved);
        var stored = Reread(plan.Id);
        Assert.Equal((SubmissionStatus.Returned, "dpmd", (DateTime?)Now, "Baris 2 salah", 1), (stored.Status, stored.ReviewedBy, stored.ReviewedAt, stored.Reason, stored.Version));
        var step = Assert.Single(_db.Events.AsNoTracking().Where(e => e.SubmissionId == plan.Id));
        Assert.Equal((SubmissionStatus.Returned, "dpmd", Now, "Baris 2 salah", 3), (step.Kind, step.By, step.At, step.Reason, step.Lines));
    }

    [Theory]
    [InlineData(SubmissionStatus.Approved, ApprovalAction.Approve, "ALREADY_REVIEWED")]
    [InlineData(SubmissionStatus.Withdrawn, ApprovalAction.Return, "ALREADY_REVIEWED")]
    [InlineData(SubmissionStatus.Returned, ApprovalAction.Withdraw, "ALREADY_REVIEWED")]
    [InlineData(SubmissionStatus.Submitted, ApprovalAction.Reopen, "NOT_APPROVED")]
    [InlineData(SubmissionStatus.Reopened, ApprovalAction.Reopen, "NOT_APPROVED")]
    public async Task A_step_from_the_wrong_status_is_refused_before_the_kinds_work(SubmissionStatus status, ApprovalAction action, string code)
    {
        var plan = Stored(status);
        var payload = await _decision.DecideAsync(plan.Id, action, "alasan", Apply, CancellationToken.None);

        Assert.Equal([code], payload.Errors.Select(e => e.Code));
        Assert.Empty(_applied);
        Assert.Equal((status, plan.Version), (Reread(plan.Id).Status, Reread(plan.Id).Version));
    }

    [Fact]
    public async Task The_kinds_refusal_saves_nothing_and_skips_what_follows_the_save()
    {
        var plan = Stored(SubmissionStatus.Submitted);
        var followed = false;
        var payload = await _decision.DecideAsync(plan.Id, ApprovalAction.Approve, null,
            (_, _) => Task.FromResult<UserError?>(new UserError("LINE_OVER_BUDGET", "…")), CancellationToken.None,
            (_, _) =>
            {
                followed = true;
                return Task.CompletedTask;
            });

        Assert.Equal(["LINE_OVER_BUDGET"], payload.Errors.Select(e => e.Code));
        Assert.False(followed);
        Assert.Equal(SubmissionStatus.Submitted, Reread(plan.Id).Status);
        Assert.Empty(_db.Events.AsNoTracking());
    }

    [Fact]
    public async Task Of_two_decisions_at_once_the_second_to_save_hears_conflict()
    {
        var plan = Stored(SubmissionStatus.Submitted);
        var payload = await _decision.DecideAsync(plan.Id, ApprovalAction.Approve, null, async (p, _) =>
        {
            // Someone else withdraws it after this decision read it: the version this one read is gone.
            await using var other = new TestPlans(_database);
            var theirs = await other.Plans.SingleAsync(x => x.Id == p.Id);
            other.Events.Add(theirs.Withdraw("operator", Now));
            await other.SaveChangesAsync();
            return null;
        }, CancellationToken.None);

        Assert.Equal(["CONFLICT"], payload.Errors.Select(e => e.Code));
        Assert.Equal(SubmissionStatus.Withdrawn, Reread(plan.Id).Status);
    }

    [Theory]
    [InlineData(ApprovalAction.Return, " ", "REASON_REQUIRED")]
    [InlineData(ApprovalAction.Reopen, null, "REASON_REQUIRED")]
    [InlineData(ApprovalAction.Approve, "x", null)]
    public async Task The_reason_is_checked_before_the_submission_is_looked_for(ApprovalAction action, string? reason, string? code)
    {
        var payload = await _decision.DecideAsync(Guid.NewGuid(), action, reason, Apply, CancellationToken.None);
        Assert.Equal([code ?? "NOT_FOUND"], payload.Errors.Select(e => e.Code));
        Assert.Empty(_kind.Locked);
    }

    [Fact]
    public async Task A_reason_too_long_is_refused()
    {
        var plan = Stored(SubmissionStatus.Submitted);
        var payload = await _decision.DecideAsync(plan.Id, ApprovalAction.Return, new string('a', ReasonLength.Max + 1), Apply, CancellationToken.None);
        Assert.Equal(["REASON_TOO_LONG"], payload.Errors.Select(e => e.Code));
        Assert.Equal(SubmissionStatus.Submitted, Reread(plan.Id).Status);
    }
}
