using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using static DesaPlatform.Tests.Integration.Budgeting.Plans.PlanApi;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Plans;

/// <summary>
/// What an adjustment may not do (a line off its account, people, months or premium out of range, a computed line left
/// out unexplained), and what stays once a plan is approved: its lines and rates through a rate correction, its
/// decisions once a newer revision exists.
/// </summary>
public sealed class BudgetPlanAdjustmentTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string PlanFields = "id version total lines { accountCode group payer people months monthlyPremium note } rates { rateId rateVersion rate { program percent flatAmount minimumAmount wageCap version effectiveFrom regulation } }";

    private const string Compute = $$"""
        mutation($v: String!) { computeBudgetPlan(input: { villageCode: $v, year: 2026 }) { budgetPlan { {{PlanFields}} } errors { code field } } }
        """;

    private const string Adjust = """
        mutation($i: AdjustBudgetPlanInput!) { adjustBudgetPlan(input: $i) { budgetPlan { version lines { people note } } errors { code field } } }
        """;

    [Fact]
    public async Task Bad_lines_and_a_dropped_computed_line_are_refused_an_approved_plan_keeps_its_figures_and_only_the_latest_revision_reopens()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Empty((await regency.SendAsync(Set, Of("61.01"))).ErrorCodes("setFundingPolicy"));
        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101015708900051", position: "kepala_desa"))).ErrorCodes("addPerson"));
        var rosterId = await Roster.AddAndSubmitAsync(village, nik: "6101015708900052");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = rosterId })).ErrorCodes("approveSubmission"));
        var computed = await village.SendAsync(Compute, new { v = Roster.DalamKaum });
        Assert.Empty(Errors(computed, "computeBudgetPlan"));
        var plan = computed.Data.GetProperty("computeBudgetPlan").GetProperty("budgetPlan");
        var planId = plan.GetProperty("id").GetString();
        var head = Line(plan, "5.1.3.03");
        var staff = Line(plan, "5.1.3.04");

        var bad = await village.SendAsync(Adjust, new { i = new { planId, version = 1, lines = new[]
        {
            head,
            staff with { People = 1_001, Note = "x" },
            head with { AccountCode = "5.1.3.04", Note = "x" },
            staff with { Months = 13, Note = "x" },
            staff with { MonthlyPremium = 10.5m, Note = "x" },
        } } });
        Assert.Equal([("BUDGET_PLAN_PEOPLE", "lines.1.people"), ("BUDGET_PLAN_ACCOUNT", "lines.2.accountCode"), ("BUDGET_PLAN_MONTHS", "lines.3.months"),
            ("BUDGET_PLAN_PREMIUM", "lines.4.monthlyPremium")], Errors(bad, "adjustBudgetPlan"));

        Assert.Equal([("BUDGET_PLAN_LINE_DROPPED", "lines")],
            Errors(await village.SendAsync(Adjust, new { i = new { planId, version = 1, lines = new[] { head } } }), "adjustBudgetPlan"));
        var kept = await village.SendAsync(Adjust, new { i = new { planId, version = 1, lines = new[] { head, staff with { People = 0, Note = "Kadus berhenti" } } } });
        Assert.Empty(Errors(kept, "adjustBudgetPlan"));

        var sent = await village.SendAsync("mutation($id: ID!) { submitBudgetPlan(input: { planId: $id }) { submission { id } errors { code } } }", new { id = planId });
        var submissionId = sent.Data.GetProperty("submitBudgetPlan").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync("mutation($id: ID!) { approveBudgetPlan(input: { submissionId: $id }) { errors { code } } }",
            new { id = submissionId })).ErrorCodes("approveBudgetPlan"));
        var approved = await ReadAsync(village);

        var admin = await app.SignInAsync("admin.kalbar");
        var jkm = approved.GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("rate")).First(r => r.GetProperty("program").GetString() == "JKM");
        var corrected = await admin.SendAsync("""
            mutation($i: CorrectPremiumRateInput!) { correctPremiumRate(input: $i) { premiumRate { version } errors { code field } } }
            """, new { i = new { id = approved.GetProperty("rates").EnumerateArray().First(r => r.GetProperty("rate").GetProperty("program").GetString() == "JKM").GetProperty("rateId").GetInt32(),
                version = jkm.GetProperty("version").GetInt32(), effectiveFrom = jkm.GetProperty("effectiveFrom").GetString(),
                percent = Nullable(jkm, "percent"), flatAmount = Nullable(jkm, "flatAmount"), minimumAmount = Nullable(jkm, "minimumAmount"),
                wageCap = Nullable(jkm, "wageCap"), regulation = jkm.GetProperty("regulation").GetString() + " (ralat)", toConfirm = false } });
        Assert.Empty(Errors(corrected, "correctPremiumRate"));
        var after = await ReadAsync(village);
        Assert.Equal(approved.GetProperty("lines").GetRawText(), after.GetProperty("lines").GetRawText());
        Assert.Equal(approved.GetProperty("total").GetDecimal(), after.GetProperty("total").GetDecimal());
        Assert.Equal(approved.GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("rateVersion").GetInt32()),
            after.GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("rateVersion").GetInt32()));
        Assert.Contains(after.GetProperty("rates").EnumerateArray(), r => r.GetProperty("rate").GetProperty("version").GetInt32() != r.GetProperty("rateVersion").GetInt32());

        Assert.Empty(Errors(await village.SendAsync(Compute, new { v = Roster.DalamKaum }), "computeBudgetPlan"));
        Assert.Equal([("BUDGET_PLAN_NOT_LATEST", "submissionId")], Errors(await regency.SendAsync("""
            mutation($id: ID!) { reopenBudgetPlan(input: { submissionId: $id, reason: "Salah hitung" }) { errors { code field } } }
            """, new { id = submissionId }), "reopenBudgetPlan"));
    }

    private static async Task<JsonElement> ReadAsync(GraphQLClient client) =>
        (await client.SendAsync($$"""query($v: String!) { budgetPlan(villageCode: $v, year: 2026, revision: 0) { {{PlanFields}} } }""", new { v = Roster.DalamKaum }))
        .Data.GetProperty("budgetPlan");

    private static decimal? Nullable(JsonElement rate, string field) =>
        rate.GetProperty(field).ValueKind == JsonValueKind.Null ? null : rate.GetProperty(field).GetDecimal();

    private static SentLine Line(JsonElement plan, string account)
    {
        var line = plan.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("accountCode").GetString() == account);
        return new SentLine(account, line.GetProperty("group").GetString()!, line.GetProperty("payer").GetString()!, line.GetProperty("people").GetInt32(),
            line.GetProperty("months").GetInt32(), line.GetProperty("monthlyPremium").GetDecimal(), null);
    }

    private sealed record SentLine(string AccountCode, string Group, string Payer, int People, int Months, decimal MonthlyPremium, string? Note);
}
