using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership;

/// <summary>Official data changes only through an approved submission; every version is kept; reopen takes an approval back.</summary>
public sealed class RosterChangeTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Update = """
        mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id status entryId fullName } errors { code field } } }
        """;

    private const string EndTerm = """
        mutation($id: ID!, $end: Date!, $endEnrollment: Boolean) {
          endTerm(input: { personId: $id, termEnd: $end, endEnrollment: $endEnrollment }) { person { id status termEnd enrollment { status } } errors { code } }
        }
        """;

    private const string Reopen = """
        mutation($id: ID!, $reason: String!) { reopenSubmission(input: { submissionId: $id, reason: $reason }) { submission { status reason } errors { code field } } }
        """;

    [Fact]
    public async Task Changing_an_official_entry_waits_for_approval_then_supersedes_it_and_reopening_restores_it()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        var first = await RosterOps.AddAndSubmitAsync(village, RosterOps.DalamKaum, "6101011708800031");
        await regency.SendAsync(RosterOps.Approve, new { id = first });
        var official = await RosterOps.CurrentAsync(village, "6101011708800031");
        var coveredBefore = await CoveredAsync(regency);

        var changed = await village.SendAsync(Update, Edit(official.GetProperty("id").GetString()!, "Siti Aminah Putri"));
        Assert.False(changed.HasErrors, changed.Body.ToString());
        Assert.Empty(changed.ErrorCodes("updatePerson"));
        var draft = changed.Data.GetProperty("updatePerson").GetProperty("person");
        Assert.Equal(("DRAFT", official.GetProperty("entryId").GetString()), (draft.GetProperty("status").GetString(), draft.GetProperty("entryId").GetString()));
        Assert.NotEqual(official.GetProperty("id").GetString(), draft.GetProperty("id").GetString());
        var ended = await village.SendAsync(EndTerm, new { id = draft.GetProperty("id").GetString(), end = "2026-11-01", endEnrollment = true });
        Assert.Equal("ENDED", ended.Data.GetProperty("endTerm").GetProperty("person").GetProperty("enrollment").GetProperty("status").GetString());

        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum });
        var second = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
        var review = (await regency.SendAsync(RosterOps.SubmissionChanges, new { id = second })).Data.GetProperty("submission");
        Assert.Equal(1, review.GetProperty("endedCount").GetInt32());
        var change = review.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("ENDED", change.GetProperty("kind").GetString());
        Assert.Equal(official.GetProperty("id").GetString(), change.GetProperty("before").GetProperty("id").GetString());
        var fields = change.GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("field").GetString()!, f => (f.GetProperty("before").GetString(), f.GetProperty("after").GetString()));
        Assert.Equal(("Siti Aminah", "Siti Aminah Putri"), fields["fullName"]);
        Assert.Equal((null, "2026-11-01"), fields["termEnd"]);
        Assert.Equal(("Active", "Ended"), fields["enrollment.status"]);
        Assert.Equal(coveredBefore, await CoveredAsync(regency));

        await regency.SendAsync(RosterOps.Approve, new { id = second });
        Assert.Equal(coveredBefore - 1, await CoveredAsync(regency));
        var history = await HistoryAsync(village, official.GetProperty("id").GetString()!);
        Assert.Equal(["OFFICIAL", "SUPERSEDED"], history);

        var noReason = await regency.SendAsync(Reopen, new { id = second, reason = " " });
        Assert.Equal(["REASON_REQUIRED"], noReason.ErrorCodes("reopenSubmission"));
        var reopened = await regency.SendAsync(Reopen, new { id = second, reason = "SK pemberhentian belum sah" });
        Assert.Equal("REOPENED", reopened.Data.GetProperty("reopenSubmission").GetProperty("submission").GetProperty("status").GetString());
        Assert.Equal(coveredBefore, await CoveredAsync(regency));
        Assert.Equal(["DRAFT", "OFFICIAL"], await HistoryAsync(village, official.GetProperty("id").GetString()!));
        var current = await RosterOps.CurrentAsync(village, "6101011708800031");
        Assert.Equal("DRAFT", current.GetProperty("status").GetString());
        var told = await village.SendAsync("{ notifications { kind message } }");
        Assert.Contains(told.Data.GetProperty("notifications").EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "APPROVAL_REOPENED" && n.GetProperty("message").GetString()!.Contains("SK pemberhentian belum sah"));
        var again = await regency.SendAsync(Reopen, new { id = first, reason = "lagi" });
        Assert.Equal(["DRAFT_IN_THE_WAY"], again.ErrorCodes("reopenSubmission"));

        var timeline = await village.SendAsync("""
            query($v: String!) { timeline(where: { villageCode: { eq: $v } }, order: [{ at: ASC }]) { nodes { kind by reason } } }
            """, new { v = RosterOps.DalamKaum });
        var steps = timeline.Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["SUBMITTED", "APPROVED", "SUBMITTED", "APPROVED", "REOPENED"], steps.TakeLast(5));
    }

    [Fact]
    public async Task A_NIK_holding_a_position_in_another_village_needs_an_explanation_and_the_reviewer_sees_the_conflict()
    {
        var dalamKaum = await app.SignInAsync("op.dalamkaum");
        var lubukDagang = await app.SignInAsync("op.lubukdagang");
        const string nik = "6101011708800033";
        Assert.Empty((await dalamKaum.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.DalamKaum, nik, "bpd_anggota"))).ErrorCodes("addPerson"));

        var unexplained = await lubukDagang.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.LubukDagang, nik, "bpd_anggota"));
        Assert.Equal(["NIK_HELD_ELSEWHERE"], unexplained.ErrorCodes("addPerson"));

        var explained = await lubukDagang.SendAsync(RosterOps.AddPerson, new
        {
            input = new
            {
                villageCode = RosterOps.LubukDagang, fullName = "Siti", nik, positionCode = "bpd_anggota", termStart = "2024-01-01",
                nikNote = "Anggota BPD di dua desa menurut SK Bupati 12/2024",
            },
        });
        Assert.Empty(explained.Data.GetProperty("addPerson").GetProperty("errors").EnumerateArray().Select(e => e.ToString()));
        var submitted = await lubukDagang.SendAsync(RosterOps.Submit, new { village = RosterOps.LubukDagang });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        var regency = await app.SignInAsync("dpmd.sambas");
        var change = (await regency.SendAsync(RosterOps.SubmissionChanges, new { id })).Data.GetProperty("submission").GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("person").GetProperty("fullName").GetString() == "Siti");
        Assert.Equal([(RosterOps.DalamKaum, "Dalam Kaum")], change.GetProperty("person").GetProperty("nikConflicts").EnumerateArray()
            .Select(c => (c.GetProperty("villageCode").GetString(), c.GetProperty("villageName").GetString())));
        var elsewhere = change.GetProperty("person").GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "NIK_ELSEWHERE");
        Assert.Equal((RosterOps.DalamKaum, "Anggota BPD di dua desa menurut SK Bupati 12/2024"),
            (elsewhere.GetProperty("villages").GetString(), elsewhere.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Bad_edits_name_the_field_and_change_nothing()
    {
        var village = await app.SignInAsync("op.sengkubang");
        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.Sengkubang, "6102011708800034", "kepala_desa"));
        var id = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString()!;
        var second = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.Sengkubang, "6102011708800035", "kepala_desa"));
        Assert.Equal(["POSITION_FULL"], second.ErrorCodes("addPerson"));

        var bad = await village.SendAsync(Update, new
        {
            input = new
            {
                personId = id, fullName = "Budi", nik = "6102011708800034", positionCode = "kepala_desa", termStart = "2024-01-01", termEnd = "2023-01-01",
                phone = "08-12", enrollment = new { kpj = "12AB", programs = new[] { "JKK", "JKM" }, startDate = "2023-06-01" },
            },
        });
        Assert.Equal(["ENROLLMENT_BEFORE_TERM", "INVALID_KPJ", "INVALID_PHONE", "TERM_END_BEFORE_START"], bad.ErrorCodes("updatePerson").Order());
        Assert.Equal("Siti Aminah", (await RosterOps.CurrentAsync(village, "6102011708800034")).GetProperty("fullName").GetString());

        var discarded = await village.SendAsync("mutation($id: ID!) { discardChange(input: { personId: $id }) { errors { code } } }", new { id });
        Assert.Empty(discarded.ErrorCodes("discardChange"));
        var refilled = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.Sengkubang, "6102011708800035", "kepala_desa"));
        Assert.Empty(refilled.ErrorCodes("addPerson"));
    }

    [Fact]
    public async Task Editing_a_change_back_to_the_official_data_leaves_nothing_to_submit()
    {
        var village = await app.SignInAsync("op.sengkubang");
        var regency = await app.SignInAsync("dpmd.mempawah");
        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.Sengkubang, "6102011708800036", "ketua_rt"));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.Sengkubang });
        await regency.SendAsync(RosterOps.Approve, new { id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString() });
        var official = await RosterOps.CurrentAsync(village, "6102011708800036");
        var input = new
        {
            personId = official.GetProperty("id").GetString(), fullName = "Siti A.", nik = "6102011708800036", positionCode = "ketua_rt",
            termStart = "2024-01-01", enrollment = new { kpj = "12345678901", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" },
        };
        var draft = (await village.SendAsync(Update, new { input })).Data.GetProperty("updatePerson").GetProperty("person");
        var back = await village.SendAsync(Update, new { input = input with { personId = draft.GetProperty("id").GetString(), fullName = "Siti Aminah" } });
        Assert.Equal(("OFFICIAL", official.GetProperty("id").GetString()),
            (back.Data.GetProperty("updatePerson").GetProperty("person").GetProperty("status").GetString(),
             back.Data.GetProperty("updatePerson").GetProperty("person").GetProperty("id").GetString()));
        var again = (await village.SendAsync(Update, new { input = input with { personId = official.GetProperty("id").GetString(), fullName = "Siti B." } }))
            .Data.GetProperty("updatePerson").GetProperty("person");
        var discarded = await village.SendAsync("mutation($id: ID!) { discardChange(input: { personId: $id }) { person { id status } errors { code } } }",
            new { id = again.GetProperty("id").GetString() });
        Assert.Equal((official.GetProperty("id").GetString(), "OFFICIAL"),
            (discarded.Data.GetProperty("discardChange").GetProperty("person").GetProperty("id").GetString(),
             discarded.Data.GetProperty("discardChange").GetProperty("person").GetProperty("status").GetString()));
        var nothing = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.Sengkubang });
        Assert.Equal(["NOTHING_TO_SUBMIT"], nothing.ErrorCodes("submitRoster"));
    }

    [Fact]
    public async Task A_phone_is_taken_as_people_write_it_and_kept_as_digits()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var added = await village.SendAsync("""
            mutation($input: AddPersonInput!) { addPerson(input: $input) { person { phone } errors { code } } }
            """, new { input = new { villageCode = RosterOps.DalamKaum, fullName = "Rudi", nik = "6101011708800037", positionCode = "linmas",
                termStart = "2024-01-01", phone = "0852 1122-3344" } });
        Assert.Equal("085211223344", added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("phone").GetString());
    }

    private static object Edit(string personId, string fullName) => new
    {
        input = new
        {
            personId, fullName, nik = "6101011708800031", positionCode = "kepala_dusun", termStart = "2024-01-01",
            enrollment = new { kpj = "12345678901", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" },
        },
    };

    private static async Task<List<string?>> HistoryAsync(GraphQLClient client, string personId)
    {
        var person = await client.SendAsync("query($id: ID!) { person(id: $id) { history { status } } }", new { id = personId });
        return person.Data.GetProperty("person").GetProperty("history").EnumerateArray().Select(v => v.GetProperty("status").GetString()).ToList();
    }

    private static async Task<int> CoveredAsync(GraphQLClient client)
    {
        var coverage = await client.SendAsync(RosterOps.Coverage, new { code = "61.01" });
        return coverage.Data.GetProperty("coverage").GetProperty("total").GetProperty("peopleCovered").GetInt32();
    }
}
