using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Submissions;

/// <summary>The regency sends a submission back: the reason and per-entry comments reach the village, the record keeps them.</summary>
public sealed class ReturnSubmissionTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string ReturnWithComment = """
        mutation($id: ID!, $person: ID!) {
          returnSubmission(input: { submissionId: $id, reason: "Periksa SK", comments: [{ personId: $person, comment: "Nomor SK salah" }] }) { submission { status } errors { code } }
        }
        """;

    [Fact]
    public async Task A_returned_submission_carries_the_reason_and_per_entry_comments_back_to_the_village()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        var id = await RosterOps.AddAndSubmitAsync(village, RosterOps.LubukDagang, "6101011708800032");
        var waiting = await regency.SendAsync("{ notifications { kind message submissionId } }");
        Assert.Contains(waiting.Data.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "SUBMISSION_WAITING"
            && n.GetProperty("submissionId").GetString() == id && n.GetProperty("message").GetString()!.Contains("Lubuk Dagang"));
        var review = (await regency.SendAsync(RosterOps.SubmissionChanges, new { id })).Data.GetProperty("submission");
        var change = review.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("ADDED", 1), (change.GetProperty("kind").GetString(), review.GetProperty("addedCount").GetInt32()));
        Assert.Equal(JsonValueKind.Null, change.GetProperty("before").ValueKind);

        var returned = await regency.SendAsync(ReturnWithComment, new { id, person = change.GetProperty("person").GetProperty("id").GetString() });
        Assert.Empty(returned.ErrorCodes("returnSubmission"));
        var current = await RosterOps.CurrentAsync(village, "6101011708800032");
        Assert.Equal(("DRAFT", "Nomor SK salah"), (current.GetProperty("status").GetString(), current.GetProperty("reviewComment").GetString()));
        var kept = await regency.SendAsync("query($id: ID!) { submission(id: $id) { comments { fullName comment by } events { kind reason } } }", new { id });
        var record = kept.Data.GetProperty("submission");
        Assert.Equal([("Siti Aminah", "Nomor SK salah", "dpmd.sambas")], record.GetProperty("comments").EnumerateArray()
            .Select(c => (c.GetProperty("fullName").GetString(), c.GetProperty("comment").GetString(), c.GetProperty("by").GetString())));
        Assert.Equal(["SUBMITTED", "RETURNED"], record.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var notifications = await village.SendAsync("{ notifications { kind message } }");
        Assert.Contains(notifications.Data.GetProperty("notifications").EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "SUBMISSION_RETURNED" && n.GetProperty("message").GetString()!.Contains("Periksa SK"));
    }
}
