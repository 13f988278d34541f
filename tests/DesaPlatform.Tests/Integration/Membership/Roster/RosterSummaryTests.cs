using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Roster;

/// <summary>A village's roster figures: readers get the approved roster only; those who keep or review it also get the draft's.</summary>
public sealed class RosterSummaryTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Summary = """
        query($v: String!) {
          rosterSummary(villageCode: $v) {
            villageCode
            official { inOffice covered termEnded monthlyPremium }
            current { inOffice covered termEnded monthlyPremium }
          }
        }
        """;

    private const string Premiums = """
        query($v: String!) { people(where: { villageCode: { eq: $v } }) { nodes { nik enrollment { monthlyPremium { amount } } } } }
        """;

    [Fact]
    public async Task A_reader_sees_the_approved_figures_and_the_village_and_regency_see_the_draft_beside_them()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Empty((await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(nik: "6101011708800041", position: "kepala_dusun"))).ErrorCodes("addPerson"));
        var approvedId = await RosterOps.AddAndSubmitAsync(village, nik: "6101011708800042");
        Assert.Empty((await regency.SendAsync(RosterOps.Approve, new { id = approvedId })).ErrorCodes("approveSubmission"));
        var officialPremiums = await PremiumsByNikAsync(village);

        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(nik: "6101011708800043", position: "bpd_anggota",
            enrollment: new { kpj = "12345678903", programs = new[] { "JKK", "JKM", "JHT" }, startDate = "2024-02-01" }));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var leaving = await CurrentIdAsync(village, "6101011708800041");
        var ended = await village.SendAsync("mutation($id: ID!) { endTerm(input: { personId: $id, termEnd: \"2026-06-30\" }) { errors { code } } }", new { id = leaving });
        Assert.Empty(ended.ErrorCodes("endTerm"));
        var currentPremiums = await PremiumsByNikAsync(village);

        var official = (2, 2, 0, officialPremiums["6101011708800041"] + officialPremiums["6101011708800042"]);
        var withDraft = (2, 2, 1, currentPremiums["6101011708800042"] + currentPremiums["6101011708800043"]);
        Assert.NotEqual(official.Item4, withDraft.Item4);
        foreach (var reader in new[] { "bpjs.kalbar", "admin.kalbar", "viewer.sambas" })
        {
            var summary = await SummaryAsync(await app.SignInAsync(reader));
            Assert.Equal(official, Figures(summary.GetProperty("official")));
            Assert.Equal(JsonValueKind.Null, summary.GetProperty("current").ValueKind);
        }
        foreach (var keeper in new[] { village, regency })
        {
            var summary = await SummaryAsync(keeper);
            Assert.Equal(official, Figures(summary.GetProperty("official")));
            Assert.Equal(withDraft, Figures(summary.GetProperty("current")));
        }
        var outside = await (await app.SignInAsync("op.sengkubang")).SendAsync(Summary, new { v = RosterOps.DalamKaum });
        Assert.Equal(JsonValueKind.Null, outside.Data.GetProperty("rosterSummary").ValueKind);
    }

    private static async Task<JsonElement> SummaryAsync(GraphQLClient client)
    {
        var response = await client.SendAsync(Summary, new { v = RosterOps.DalamKaum });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("rosterSummary");
    }

    private static (int, int, int, decimal) Figures(JsonElement figures) => (
        figures.GetProperty("inOffice").GetInt32(), figures.GetProperty("covered").GetInt32(),
        figures.GetProperty("termEnded").GetInt32(), figures.GetProperty("monthlyPremium").GetDecimal());

    private static async Task<Dictionary<string, decimal>> PremiumsByNikAsync(GraphQLClient village) =>
        (await village.SendAsync(Premiums, new { v = RosterOps.DalamKaum })).Data.GetProperty("people").GetProperty("nodes").EnumerateArray()
        .ToDictionary(p => p.GetProperty("nik").GetString()!, p => p.GetProperty("enrollment").GetProperty("monthlyPremium").GetProperty("amount").GetDecimal());

    private static async Task<string> CurrentIdAsync(GraphQLClient village, string nik) =>
        (await village.SendAsync("query($v: String!) { people(where: { villageCode: { eq: $v } }) { nodes { id nik } } }", new { v = RosterOps.DalamKaum }))
        .Data.GetProperty("people").GetProperty("nodes").EnumerateArray()
        .Single(p => p.GetProperty("nik").GetString() == nik).GetProperty("id").GetString()!;
}
