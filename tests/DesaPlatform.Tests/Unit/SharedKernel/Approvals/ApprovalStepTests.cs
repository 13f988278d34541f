using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Tests.Unit.SharedKernel.Approvals;

/// <summary>The workflow's state machine, on a made-up kind: every step from every status, allowed or refused.</summary>
public sealed class ApprovalStepTests
{
    private static readonly DateTime Sent = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Decided = Sent.AddDays(3);

    private static readonly ApprovalAction[] Decisions = [ApprovalAction.Approve, ApprovalAction.Return, ApprovalAction.Withdraw, ApprovalAction.Reopen];

    /// <summary>Which step may be taken from which status: written out, not read from the table under test.</summary>
    private static readonly Dictionary<(SubmissionStatus, ApprovalAction), SubmissionStatus> Allowed = new()
    {
        [(SubmissionStatus.Submitted, ApprovalAction.Approve)] = SubmissionStatus.Approved,
        [(SubmissionStatus.Submitted, ApprovalAction.Return)] = SubmissionStatus.Returned,
        [(SubmissionStatus.Submitted, ApprovalAction.Withdraw)] = SubmissionStatus.Withdrawn,
        [(SubmissionStatus.Approved, ApprovalAction.Reopen)] = SubmissionStatus.Reopened,
    };

    public static TheoryData<SubmissionStatus, ApprovalAction> EveryStatusAndStep()
    {
        var data = new TheoryData<SubmissionStatus, ApprovalAction>();
        foreach (var status in Enum.GetValues<SubmissionStatus>())
        foreach (var action in Decisions)
            data.Add(status, action);
        return data;
    }

    internal static TestPlan PlanIn(SubmissionStatus status)
    {
        var plan = TestPlan.Sent(Sent);
        switch (status)
        {
            case SubmissionStatus.Approved: plan.Approve("dpmd", Sent); break;
            case SubmissionStatus.Returned: plan.Return("dpmd", Sent, "kurang"); break;
            case SubmissionStatus.Withdrawn: plan.Withdraw("operator", Sent); break;
            case SubmissionStatus.Reopened:
                plan.Approve("dpmd", Sent);
                plan.Reopen("dpmd", Sent, "salah");
                break;
        }
        return plan;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void A_step_is_taken_only_from_the_status_it_starts_from(SubmissionStatus status, ApprovalAction action)
    {
        var plan = PlanIn(status);
        var version = plan.Version;
        if (Allowed.TryGetValue((status, action), out var to))
        {
            var step = plan.Take(action, "someone", Decided, "alasan");
            Assert.Equal((to, version + 1, "someone", (DateTime?)Decided, "alasan"), (plan.Status, plan.Version, plan.ReviewedBy, plan.ReviewedAt, plan.Reason));
            var recorded = Assert.IsType<TestPlanEvent>(step);
            Assert.Equal((plan.Id, plan.RegionCode, to, Decided, "someone", "alasan", 3),
                (recorded.SubmissionId, recorded.RegionCode, recorded.Kind, recorded.At, recorded.By, recorded.Reason, recorded.Lines));
            Assert.Null(ApprovalStep.Of(action).RefuseFrom(status));
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => plan.Take(action, "someone", Decided, "alasan"));
            Assert.Equal((status, version), (plan.Status, plan.Version));
            Assert.Equal(action == ApprovalAction.Reopen ? "NOT_APPROVED" : "ALREADY_REVIEWED", ApprovalStep.Of(action).RefuseFrom(status)?.Code);
        }
    }

    [Fact]
    public void A_plan_starts_submitted_and_its_first_event_says_who_sent_it()
    {
        var plan = TestPlan.Sent(Sent);
        var sent = plan.Submitted();
        Assert.Equal((SubmissionStatus.Submitted, 0), (plan.Status, plan.Version));
        Assert.Equal((SubmissionStatus.Submitted, "operator", Sent, (string?)null), (sent.Kind, sent.By, sent.At, sent.Reason));
        Assert.Throws<InvalidOperationException>(() => plan.Take(ApprovalAction.Submit, "operator", Decided, null));
    }

    [Theory]
    [InlineData(ApprovalAction.Approve, false)]
    [InlineData(ApprovalAction.Withdraw, false)]
    [InlineData(ApprovalAction.Return, true)]
    [InlineData(ApprovalAction.Reopen, true)]
    public void Returning_and_reopening_need_a_reason_and_no_reason_may_be_too_long(ApprovalAction action, bool required)
    {
        var step = ApprovalStep.Of(action);
        Assert.Equal(required ? "REASON_REQUIRED" : null, step.RefuseReason("  ")?.Code);
        Assert.Equal(required ? "REASON_REQUIRED" : null, step.RefuseReason(null)?.Code);
        Assert.Null(step.RefuseReason(new string('a', ReasonLength.Max)));
        Assert.Equal("REASON_TOO_LONG", step.RefuseReason(new string('a', ReasonLength.Max + 1))?.Code);
        if (required)
            Assert.Throws<InvalidOperationException>(() => PlanIn(step.From!.Value).Take(action, "dpmd", Decided, " "));
    }

    [Theory]
    [InlineData(ApprovalAction.Submit, UserRole.VillageOperator, UserRole.RegencyStaff)]
    [InlineData(ApprovalAction.Withdraw, UserRole.VillageOperator, UserRole.RegencyStaff)]
    [InlineData(ApprovalAction.Approve, UserRole.RegencyStaff, UserRole.ProvinceAdmin)]
    [InlineData(ApprovalAction.Return, UserRole.RegencyStaff, UserRole.ProvinceAdmin)]
    [InlineData(ApprovalAction.Reopen, UserRole.RegencyStaff, UserRole.ProvinceAdmin)]
    public void The_submitting_level_sends_and_withdraws_and_the_level_above_decides(ApprovalAction action, UserRole forAVillage, UserRole forARegency)
    {
        Assert.Equal(new[] { forAVillage }, ApprovalRoles.Village.Of(action));
        Assert.Equal(new[] { forARegency }, ApprovalRoles.Regency.Of(action));
    }

    [Theory]
    [InlineData(ApprovalAction.Submit, new[] { UserRole.VillageOperator })]
    [InlineData(ApprovalAction.Withdraw, new[] { UserRole.VillageOperator })]
    [InlineData(ApprovalAction.Approve, new[] { UserRole.RegencyStaff, UserRole.ProvinceAdmin })]
    [InlineData(ApprovalAction.Return, new[] { UserRole.RegencyStaff, UserRole.ProvinceAdmin })]
    [InlineData(ApprovalAction.Reopen, new[] { UserRole.RegencyStaff })]
    public void A_village_roster_is_approved_or_returned_by_its_province_too_but_reopened_by_its_regency_alone(ApprovalAction action, UserRole[] roles) =>
        Assert.Equal(roles, ApprovalRoles.VillageRoster.Of(action));

    [Fact]
    public void Waiting_days_count_until_the_decision()
    {
        var plan = TestPlan.Sent(Sent);
        Assert.Equal(5, plan.WaitingDays(Sent.AddDays(5.5)));
        plan.Approve("dpmd", Decided);
        Assert.Equal(3, plan.WaitingDays(Sent.AddDays(30)));
    }

    [Theory]
    [InlineData(SubmissionStatus.Submitted, 1, null)]
    [InlineData(SubmissionStatus.Withdrawn, 1, null)]
    [InlineData(SubmissionStatus.Returned, 100, SubmissionStatus.Returned)]
    [InlineData(SubmissionStatus.Reopened, 100, SubmissionStatus.Reopened)]
    [InlineData(SubmissionStatus.Approved, 13, SubmissionStatus.Approved)]
    [InlineData(SubmissionStatus.Approved, 14, null)]
    public void The_submitter_hears_of_a_return_or_reopening_and_for_a_fortnight_of_an_approval(SubmissionStatus status, int daysLater, SubmissionStatus? news) =>
        Assert.Equal(news, ApprovalNews.ForSubmitter(PlanIn(status), Sent.AddDays(daysLater)));
}
