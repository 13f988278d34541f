using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration;

/// <summary>The walking skeleton's slice: operator adds and submits, regency approves, province sees coverage change.</summary>
public sealed class SliceTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Coverage_changes_when_the_regency_approves_and_not_before()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");

        var added = await village.SendAsync(Roster.AddPerson, Roster.Person());
        var person = added.Data.GetProperty("addPerson").GetProperty("person");
        Assert.Equal("DRAFT", person.GetProperty("status").GetString());
        Assert.Equal(10_920m, person.GetProperty("enrollment").GetProperty("monthlyPremium").GetProperty("amount").GetDecimal());
        Assert.Equal("6101015708900003", person.GetProperty("nik").GetString());

        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
        var submissionId = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();

        var before = await province.SendAsync(Roster.Coverage, new { code = "61" });
        Assert.Equal(60.80m, before.Data.GetProperty("coverage").GetProperty("total").GetProperty("ucj").GetProperty("target").GetProperty("percent").GetDecimal());
        Assert.Equal(14, before.Data.GetProperty("coverage").GetProperty("byRegion").GetArrayLength());
        Assert.Equal(0, before.Row("61.01").GetProperty("peopleCovered").GetInt32());
        Assert.Equal(2046, before.Data.GetProperty("coverage").GetProperty("total").GetProperty("villages").GetInt32());

        var inbox = await regency.SendAsync("""{ submissions(where: { status: { eq: SUBMITTED } }, order: [{ submittedAt: ASC }]) { totalCount nodes { id submittedAt village { name } } } }""");
        Assert.EndsWith("Z", inbox.Data.GetProperty("submissions").GetProperty("nodes")[0].GetProperty("submittedAt").GetString());
        Assert.Equal(submissionId, inbox.Data.GetProperty("submissions").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal("Dalam Kaum", inbox.Data.GetProperty("submissions").GetProperty("nodes")[0].GetProperty("village").GetProperty("name").GetString());

        var approved = await regency.SendAsync(Roster.Approve, new { id = submissionId });
        Assert.Equal("APPROVED", approved.Data.GetProperty("approveSubmission").GetProperty("submission").GetProperty("status").GetString());

        var after = await province.SendAsync(Roster.Coverage, new { code = "61" });
        var sambas = after.Row("61.01");
        Assert.Equal(1, sambas.GetProperty("peopleInOffice").GetInt32());
        Assert.Equal(1, sambas.GetProperty("peopleCovered").GetInt32());
        Assert.Equal(1, sambas.GetProperty("villagesWithCoverage").GetInt32());
        Assert.Equal(100m, after.Data.GetProperty("coverage").GetProperty("total").GetProperty("coveragePercent").GetDecimal());

        var people = await province.SendAsync("""{ people(where: { villageCode: { eq: "61.01.01.2001" } }) { nodes { nik status covered } } }""");
        var official = people.Data.GetProperty("people").GetProperty("nodes")[0];
        Assert.Equal("OFFICIAL", official.GetProperty("status").GetString());
        Assert.Equal("610101******0003", official.GetProperty("nik").GetString());
    }

    [Fact]
    public async Task A_returned_submission_goes_back_to_draft_with_its_reason()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.LubukDagang, "6101011708900004");

        var locked = await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101011708900005", "ketua_rt"));
        Assert.Contains("ROSTER_LOCKED", locked.ErrorCodes("addPerson"));

        var noReason = await regency.SendAsync(Roster.Return, new { id = submissionId, reason = " " });
        Assert.Contains("REASON_REQUIRED", noReason.ErrorCodes("returnSubmission"));

        var returned = await regency.SendAsync(Roster.Return, new { id = submissionId, reason = "KPJ belum lengkap" });
        var submission = returned.Data.GetProperty("returnSubmission").GetProperty("submission");
        Assert.Equal("RETURNED", submission.GetProperty("status").GetString());
        Assert.Equal("KPJ belum lengkap", submission.GetProperty("reason").GetString());

        var again = await regency.SendAsync(Roster.Approve, new { id = submissionId });
        Assert.Contains("ALREADY_REVIEWED", again.ErrorCodes("approveSubmission"));

        var roster = await village.SendAsync("""{ people(where: { villageCode: { eq: "61.01.01.2002" } }) { nodes { status } } }""");
        Assert.Equal("DRAFT", roster.Data.GetProperty("people").GetProperty("nodes")[0].GetProperty("status").GetString());
    }
}
