using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership;

/// <summary>
/// Position caps (one kepala desa …) hold for the roster as each step leaves it, not only when someone is added:
/// at submit, at approve, when an approval is reopened and when a draft is discarded.
/// </summary>
public sealed class PositionCapTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string EndTerm = """
        mutation($id: ID!) { endTerm(input: { personId: $id, termEnd: "2025-06-30" }) { person { id } errors { code } } }
        """;

    private const string Reopen = """
        mutation($id: ID!) { reopenSubmission(input: { submissionId: $id, reason: "SK belum sah" }) { submission { status } errors { code field } } }
        """;

    private const string Discard = """
        mutation($id: ID!) { discardChange(input: { personId: $id }) { errors { code field } } }
        """;

    [Fact]
    public async Task A_submission_carrying_a_second_kepala_desa_is_refused_at_approve_and_at_submit()
    {
        var village = await app.SignInAsync("op.sengkubang");
        var regency = await app.SignInAsync("dpmd.mempawah");
        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.Sengkubang, "6102011708800001", "kepala_desa"));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.Sengkubang });
        var submissionId = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
        await CarrySecondHeadAsync(Guid.Parse(submissionId));

        var approved = await regency.SendAsync(RosterOps.Approve, new { id = submissionId });
        Assert.Equal(["POSITION_FULL"], approved.ErrorCodes("approveSubmission"));
        var official = await regency.SendAsync("""{ people(where: { villageCode: { eq: "61.02.01.2001" }, status: { eq: OFFICIAL } }) { totalCount } }""");
        Assert.Equal(0, official.Data.GetProperty("people").GetProperty("totalCount").GetInt32());

        Assert.Empty((await village.SendAsync(RosterOps.Withdraw, new { id = submissionId })).ErrorCodes("withdrawSubmission"));
        var again = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.Sengkubang });
        Assert.Equal(["POSITION_FULL"], again.ErrorCodes("submitRoster"));
    }

    [Fact]
    public async Task Reopening_the_approval_that_ended_a_kepala_desa_is_refused_once_a_successor_is_official()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        await regency.SendAsync(RosterOps.Approve, new { id = await AddAndSubmitHeadAsync(village, RosterOps.DalamKaum, "6101011708800011") });
        var head = (await RosterOps.CurrentAsync(village, "6101011708800011")).GetProperty("id").GetString();
        Assert.Empty((await village.SendAsync(EndTerm, new { id = head })).ErrorCodes("endTerm"));
        var ending = SubmissionId(await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum }));
        Assert.Empty((await regency.SendAsync(RosterOps.Approve, new { id = ending })).ErrorCodes("approveSubmission"));
        var successor = await AddAndSubmitHeadAsync(village, RosterOps.DalamKaum, "6101011708800012");
        Assert.Empty((await regency.SendAsync(RosterOps.Approve, new { id = successor })).ErrorCodes("approveSubmission"));

        var reopened = await regency.SendAsync(Reopen, new { id = ending });

        Assert.Equal(["POSITION_FULL"], reopened.ErrorCodes("reopenSubmission"));
        var submission = await regency.SendAsync("query($id: ID!) { submission(id: $id) { status } }", new { id = ending });
        Assert.Equal("APPROVED", submission.Data.GetProperty("submission").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Discarding_the_end_of_a_kepala_desa_is_refused_once_a_successor_is_added()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        await regency.SendAsync(RosterOps.Approve, new { id = await AddAndSubmitHeadAsync(village, RosterOps.LubukDagang, "6101011708800031") });
        var head = (await RosterOps.CurrentAsync(village, "6101011708800031")).GetProperty("id").GetString();
        var ended = (await village.SendAsync(EndTerm, new { id = head })).Data.GetProperty("endTerm").GetProperty("person").GetProperty("id").GetString();
        var successor = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.LubukDagang, "6101011708800032", "kepala_desa"));
        Assert.Empty(successor.ErrorCodes("addPerson"));

        var discarded = await village.SendAsync(Discard, new { id = ended });

        Assert.Equal(["POSITION_FULL"], discarded.ErrorCodes("discardChange"));
        Assert.Equal(ended, (await RosterOps.CurrentAsync(village, "6101011708800031")).GetProperty("id").GetString());
    }

    private static async Task<string> AddAndSubmitHeadAsync(GraphQLClient village, string villageCode, string nik)
    {
        Assert.Empty((await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(villageCode, nik, "kepala_desa"))).ErrorCodes("addPerson"));
        return SubmissionId(await village.SendAsync(RosterOps.Submit, new { village = villageCode }));
    }

    private static string SubmissionId(GraphQLResponse submitted)
    {
        Assert.Empty(submitted.ErrorCodes("submitRoster"));
        return submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
    }

    /// <summary>What two adds racing each other left behind before the roster lock: a second head, sent with the first.</summary>
    private async Task CarrySecondHeadAsync(Guid submissionId)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var second = Person.New(RosterOps.Sengkubang, new PersonData("Kepala Kedua", "6102011708800002", Sex.Male, new DateOnly(1980, 8, 17), null,
            "kepala_desa", new DateOnly(2024, 1, 1), null, null, null, Appointment.Definitive, null, null));
        second.MarkSubmitted(submissionId);
        db.People.Add(second);
        await db.SaveChangesAsync();
    }
}
