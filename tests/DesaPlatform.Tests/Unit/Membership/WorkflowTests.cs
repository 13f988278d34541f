using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Tests.Unit.Membership;

public sealed class WorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);

    private static PersonData Siti(DateOnly? termEnd = null) => new(
        "Siti", "6101015708900003", Sex.Female, new DateOnly(1990, 8, 17), null, "kepala_dusun", new DateOnly(2024, 1, 1), termEnd,
        null, null, Appointment.Definitive, null, null);

    private static Person Official()
    {
        var person = Person.New("61.01.01.2001", Siti());
        person.MarkSubmitted(Guid.NewGuid());
        person.MarkApproved(Now);
        return person;
    }

    [Fact]
    public void A_person_goes_draft_pending_official()
    {
        var person = Person.New("61.01.01.2001", Siti());
        var submission = Guid.NewGuid();
        person.MarkSubmitted(submission);
        Assert.Equal((RosterStatus.Pending, submission), (person.Status, person.SubmissionId));
        person.MarkApproved(Now);
        Assert.Equal((RosterStatus.Official, (DateTime?)Now), (person.Status, person.ApprovedAt));
    }

    [Fact]
    public void Returning_sends_a_pending_person_back_to_draft_with_the_comment_and_only_a_pending_one()
    {
        var person = Person.New("61.01.01.2001", Siti());
        Assert.Throws<InvalidOperationException>(() => person.MarkReturned(null));
        Assert.Throws<InvalidOperationException>(() => person.MarkApproved(Now));
        person.MarkSubmitted(Guid.NewGuid());
        person.MarkReturned("NIK salah");
        Assert.Equal((RosterStatus.Draft, (Guid?)null, "NIK salah"), (person.Status, person.SubmissionId, person.ReviewComment));
        person.MarkSubmitted(Guid.NewGuid());
        Assert.Null(person.ReviewComment);
    }

    [Fact]
    public void An_official_entry_is_changed_through_a_new_draft_version_of_the_same_entry()
    {
        var official = Official();
        var change = official.DraftChange(Siti(termEnd: new DateOnly(2026, 6, 30)));
        Assert.Equal((official.EntryId, (Guid?)official.Id, RosterStatus.Draft), (change.EntryId, change.BasedOnId, change.Status));
        Assert.Null(official.TermEnd);
        Assert.Throws<InvalidOperationException>(() => change.DraftChange(Siti()));
    }

    [Fact]
    public void Approval_supersedes_and_reopening_restores()
    {
        var official = Official();
        var change = official.DraftChange(Siti(termEnd: new DateOnly(2026, 6, 30)));
        change.MarkSubmitted(Guid.NewGuid());
        official.MarkSuperseded();
        change.MarkApproved(Now);
        Assert.Equal((RosterStatus.Superseded, RosterStatus.Official), (official.Status, change.Status));

        official.Restore();
        change.Reopen();
        Assert.Equal((RosterStatus.Official, RosterStatus.Draft, (DateTime?)null), (official.Status, change.Status, change.ApprovedAt));
    }

    [Fact]
    public void Ending_a_term_is_an_ended_change_and_adding_has_no_official_version()
    {
        Assert.Equal(ChangeKind.Added, ChangeKinds.Of(Siti(), null));
        Assert.Equal(ChangeKind.Ended, ChangeKinds.Of(Siti(termEnd: new DateOnly(2026, 6, 30)), Siti()));
        Assert.Equal(ChangeKind.Changed, ChangeKinds.Of(Siti() with { FullName = "Siti Aminah" }, Siti()));
    }

    [Fact]
    public void The_field_changes_name_only_what_differs()
    {
        var changes = FieldChange.Between(Siti(), Siti(termEnd: new DateOnly(2026, 6, 30)) with { FullName = "Siti Aminah" });
        Assert.Equal([("fullName", "Siti", "Siti Aminah"), ("termEnd", null, "2026-06-30")],
            changes.Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public void A_submission_is_decided_once_and_only_an_approval_can_be_reopened()
    {
        var submission = new Submission { RegionCode = "61.01.01.2001", SubmittedAt = Now, SubmittedBy = "op", PeopleCount = 1 };
        Assert.Throws<InvalidOperationException>(() => submission.Reopen("dpmd", Now, "salah"));
        var approved = submission.Approve("dpmd", Now);
        Assert.Equal(SubmissionStatus.Approved, approved.Kind);
        Assert.Throws<InvalidOperationException>(() => submission.Return("dpmd", Now, "late"));
        Assert.Equal((SubmissionStatus.Reopened, "salah"), (submission.Reopen("dpmd", Now, "salah").Kind, submission.Reason));
        Assert.Throws<InvalidOperationException>(() => submission.Reopen("dpmd", Now, "lagi"));
    }
}
