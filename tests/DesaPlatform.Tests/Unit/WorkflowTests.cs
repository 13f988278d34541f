using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Tests.Unit;

public sealed class WorkflowTests
{
    private static Person Draft() => new()
    {
        RegionCode = "61.01.01.2001", FullName = "Siti", Nik = "6101015708900003", PositionCode = "kepala_dusun", TermStart = new(2024, 1, 1),
    };

    [Fact]
    public void A_person_goes_draft_pending_official()
    {
        var person = Draft();
        var submission = Guid.NewGuid();
        person.MarkSubmitted(submission);
        Assert.Equal((RosterStatus.Pending, submission), (person.Status, person.SubmissionId));
        person.MarkApproved();
        Assert.Equal(RosterStatus.Official, person.Status);
    }

    [Fact]
    public void Returning_sends_a_pending_person_back_to_draft_and_only_a_pending_one()
    {
        var person = Draft();
        Assert.Throws<InvalidOperationException>(person.MarkReturned);
        Assert.Throws<InvalidOperationException>(person.MarkApproved);
        person.MarkSubmitted(Guid.NewGuid());
        person.MarkReturned();
        Assert.Equal((RosterStatus.Draft, (Guid?)null), (person.Status, person.SubmissionId));
    }

    [Fact]
    public void A_submission_is_decided_once()
    {
        var submission = new Submission { RegionCode = "61.01.01.2001", SubmittedAt = DateTime.UtcNow, SubmittedBy = "op", PeopleCount = 1 };
        submission.Approve("dpmd", DateTime.UtcNow);
        Assert.Throws<InvalidOperationException>(() => submission.Return("dpmd", DateTime.UtcNow, "late"));
    }
}
