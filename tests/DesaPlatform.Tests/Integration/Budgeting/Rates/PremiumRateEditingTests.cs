using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Budgeting.Rates;

/// <summary>
/// The province admin keeps the rate table: adds versions, corrects one not yet in force, ends one — each change
/// audited, an edit on an older reading refused, and what is wrong named in Indonesian. (Dates far ahead are never in
/// force, those long gone always are, whatever day the tests run.)
/// </summary>
public sealed class PremiumRateEditingTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Fields = "id scheme program percent flatAmount minimumAmount wageCap effectiveFrom effectiveUntil regulation note toConfirm version figuresLocked";

    private const string Add = $$"""
        mutation($i: AddPremiumRateInput!) { addPremiumRate(input: $i) { premiumRate { {{Fields}} } errors { code field message } } }
        """;

    private const string Correct = $$"""
        mutation($i: CorrectPremiumRateInput!) { correctPremiumRate(input: $i) { premiumRate { {{Fields}} } errors { code field message } } }
        """;

    private const string End = $$"""
        mutation($i: EndPremiumRateInput!) { endPremiumRate(input: $i) { premiumRate { {{Fields}} } errors { code field message } } }
        """;

    [Fact]
    public async Task A_version_added_for_a_later_date_is_listed_corrected_and_ended_each_change_audited()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var added = Rate(await admin.SendAsync(Add, new { i = new { scheme = "PU", program = "JKM", effectiveFrom = "2090-01-01", percent = 0.35m,
            regulation = "PP 99/2089", note = "Rancangan", toConfirm = true } }), "addPremiumRate");
        Assert.Equal((0.35m, true, false, 0), (added.GetProperty("percent").GetDecimal(), added.GetProperty("toConfirm").GetBoolean(),
            added.GetProperty("figuresLocked").GetBoolean(), added.GetProperty("version").GetInt32()));
        var id = int.Parse(added.GetProperty("id").GetString()!);

        var corrected = Rate(await admin.SendAsync(Correct, new { i = new { id, version = 0, effectiveFrom = "2090-02-01", percent = 0.36m,
            regulation = "PP 99/2089", toConfirm = false } }), "correctPremiumRate");
        Assert.Equal((0.36m, "2090-02-01", false, 1), (corrected.GetProperty("percent").GetDecimal(), corrected.GetProperty("effectiveFrom").GetString(),
            corrected.GetProperty("toConfirm").GetBoolean(), corrected.GetProperty("version").GetInt32()));

        var ended = Rate(await admin.SendAsync(End, new { i = new { id, version = 1, effectiveUntil = "2090-12-31" } }), "endPremiumRate");
        Assert.Equal(("2090-12-31", 2), (ended.GetProperty("effectiveUntil").GetString(), ended.GetProperty("version").GetInt32()));

        var list = await admin.SendAsync("{ premiumRates { id effectiveUntil } }");
        Assert.Contains(list.Data.GetProperty("premiumRates").EnumerateArray(),
            r => r.GetProperty("id").GetString() == id.ToString() && r.GetProperty("effectiveUntil").GetString() == "2090-12-31");
        var audit = await admin.SendAsync($$"""{ auditTrail(where: { entity: { eq: "PremiumRate" }, entityId: { eq: "{{id}}" } }) { nodes { action userName } } }""");
        var actions = audit.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, actions.Count);
        Assert.All(actions, a => Assert.Equal("admin.kalbar", a.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task A_rate_in_force_keeps_its_figures_but_its_source_can_be_corrected()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var jp2026 = (await admin.SendAsync($"{{ premiumRates {{ {Fields} }} }}")).Data.GetProperty("premiumRates").EnumerateArray()
            .Single(r => r.GetProperty("program").GetString() == "JP" && r.GetProperty("effectiveFrom").GetString() == "2026-03-01");
        Assert.Equal((11_086_300m, true, true), (jp2026.GetProperty("wageCap").GetDecimal(), jp2026.GetProperty("toConfirm").GetBoolean(),
            jp2026.GetProperty("figuresLocked").GetBoolean()));
        var id = int.Parse(jp2026.GetProperty("id").GetString()!);
        object Input(decimal cap, bool toConfirm) => new { i = new { id, version = jp2026.GetProperty("version").GetInt32(), effectiveFrom = "2026-03-01",
            percent = 3m, wageCap = cap, regulation = "PP 45/2015; surat BPJS B/1226/022026", note = "Dikonfirmasi", toConfirm } };

        var refused = await admin.SendAsync(Correct, Input(11_000_000m, false));
        Assert.Equal(["RATE_IN_FORCE"], refused.ErrorCodes("correctPremiumRate"));
        Assert.Contains("sudah berlaku sejak 01-03-2026", Message(refused, "correctPremiumRate"));

        var confirmed = Rate(await admin.SendAsync(Correct, Input(11_086_300m, false)), "correctPremiumRate");
        Assert.Equal((false, "Dikonfirmasi"), (confirmed.GetProperty("toConfirm").GetBoolean(), confirmed.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task An_edit_on_an_older_reading_is_refused()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var id = Rate(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JHT", effectiveFrom = "2091-01-01", percent = 2.5m,
            regulation = "PP 98/2090" } }), "addPremiumRate").GetProperty("id").GetString()!;
        var rateId = int.Parse(id);
        Rate(await admin.SendAsync(Correct, new { i = new { id = rateId, version = 0, effectiveFrom = "2091-01-01", percent = 2.6m, regulation = "PP 98/2090" } }),
            "correctPremiumRate");

        Assert.Equal(["RATE_CHANGED_MEANWHILE"], (await admin.SendAsync(Correct, new { i = new { id = rateId, version = 0, effectiveFrom = "2091-01-01",
            percent = 2.7m, regulation = "PP 98/2090" } })).ErrorCodes("correctPremiumRate"));
        Assert.Equal(["RATE_CHANGED_MEANWHILE"], (await admin.SendAsync(End, new { i = new { id = rateId, version = 0, effectiveUntil = "2091-06-30" } }))
            .ErrorCodes("endPremiumRate"));
    }

    [Fact]
    public async Task Each_wrong_field_is_named_in_Indonesian()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        async Task<List<(string, string?)>> Errors(object i) =>
            (await admin.SendAsync(Add, new { i })).Data.GetProperty("addPremiumRate").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("field").GetString())).ToList();

        Assert.Equal([("RATE_PERCENT_OR_FLAT", "percent")],
            await Errors(new { scheme = "BPU", program = "JKM", effectiveFrom = "2092-01-01", percent = 1m, flatAmount = 7_000m, regulation = "PP" }));
        Assert.Equal([("RATE_FLAT_WITH_LIMITS", "flatAmount"), ("RATE_RUPIAH", "flatAmount")],
            await Errors(new { scheme = "BPU", program = "JKM", effectiveFrom = "2092-01-01", flatAmount = 6_800.5m, wageCap = 1m, regulation = "PP" }));
        Assert.Equal([("RATE_PERCENT", "percent"), ("RATE_REGULATION", "regulation")],
            await Errors(new { scheme = "PU", program = "JKK", effectiveFrom = "2092-01-01", percent = 0.2345m, regulation = " " }));
        Assert.Equal([("RATE_DATE_TAKEN", "effectiveFrom")],
            await Errors(new { scheme = "PU", program = "JKK", effectiveFrom = "2015-07-01", percent = 0.24m, regulation = "PP 44/2015" }));

        var jkk = (await admin.SendAsync("{ premiumRates { id program scheme effectiveFrom version } }")).Data.GetProperty("premiumRates").EnumerateArray()
            .Single(r => r.GetProperty("scheme").GetString() == "PU" && r.GetProperty("program").GetString() == "JKK");
        var past = await admin.SendAsync(End, new { i = new { id = int.Parse(jkk.GetProperty("id").GetString()!), version = jkk.GetProperty("version").GetInt32(),
            effectiveUntil = "2020-12-31" } });
        Assert.Equal(["RATE_END_PAST"], past.ErrorCodes("endPremiumRate"));
        Assert.Contains("tidak boleh sebelum hari ini", Message(past, "endPremiumRate"));
    }

    [Fact]
    public async Task The_discounts_of_PP_50_2025_are_listed_with_their_note()
    {
        var viewer = await app.SignInAsync("viewer.sambas");
        var discounts = (await viewer.SendAsync("{ premiumRateDiscounts { scheme program percent effectiveFrom effectiveUntil regulation note } }"))
            .Data.GetProperty("premiumRateDiscounts").EnumerateArray().ToList();
        Assert.Equal(["JKK", "JKM"], discounts.Select(d => d.GetProperty("program").GetString()));
        Assert.All(discounts, d => Assert.Equal(("BPU", 50m, "2026-04-01", "2026-12-31", "PP 50/2025"),
            (d.GetProperty("scheme").GetString(), d.GetProperty("percent").GetDecimal(), d.GetProperty("effectiveFrom").GetString(),
                d.GetProperty("effectiveUntil").GetString(), d.GetProperty("regulation").GetString())));
    }

    private static JsonElement Rate(GraphQLResponse response, string field)
    {
        Assert.Empty(response.ErrorCodes(field));
        return response.Data.GetProperty(field).GetProperty("premiumRate");
    }

    private static string Message(GraphQLResponse response, string field) =>
        response.Data.GetProperty(field).GetProperty("errors")[0].GetProperty("message").GetString()!;
}
