using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Submissions;

/// <summary>The village takes a waiting submission back: its changes are its draft again, and the regency can no longer decide it.</summary>
public sealed class WithdrawSubmissionTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task The_village_withdraws_a_waiting_submission_and_may_edit_again()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var submissionId = await RosterOps.AddAndSubmitAsync(village, RosterOps.LubukDagang, "6101011708900021");

        var withdrawn = await village.SendAsync(RosterOps.Withdraw, new { id = submissionId });
        var submission = withdrawn.Data.GetProperty("withdrawSubmission").GetProperty("submission");
        Assert.Equal(("WITHDRAWN", "op.lubukdagang"), (submission.GetProperty("status").GetString(), submission.GetProperty("reviewedBy").GetString()));

        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.LubukDagang, "6101011708900022", "ketua_rt"));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var regency = await app.SignInAsync("dpmd.sambas");
        var approveWithdrawn = await regency.SendAsync(RosterOps.Approve, new { id = submissionId });
        Assert.Equal(["ALREADY_REVIEWED"], approveWithdrawn.ErrorCodes("approveSubmission"));
    }
}
