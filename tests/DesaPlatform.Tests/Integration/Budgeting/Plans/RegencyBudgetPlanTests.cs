using System.Net;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using static DesaPlatform.Tests.Integration.Budgeting.Plans.PlanApi;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Plans;

/// <summary>
/// A regency's own APBD plan: the APBD kabupaten/kota shares of its villages' plans, from their approved rosters, on
/// the APBD accounts of the premiums for non-civil-servants; its staff adjust and send it, the province decides —
/// through the same workflow and plan as a village's.
/// </summary>
public sealed class RegencyBudgetPlanTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Compute = """
        mutation($r: String!) {
          computeRegencyBudgetPlan(input: { regencyCode: $r, year: 2026 }) {
            budgetPlan { id regionCode revision total version members { fullName group } rates { rateId rate { scheme program percent flatAmount regulation } }
              lines { activityCode accountCode accountName group payer people months monthlyPremium total } }
            errors { code field }
          }
        }
        """;

    private const string Adjust = """
        mutation($i: AdjustBudgetPlanInput!) { adjustRegencyBudgetPlan(input: $i) { budgetPlan { total version } errors { code field } } }
        """;

    private const string Submit = """
        mutation($id: ID!) { submitRegencyBudgetPlan(input: { planId: $id }) { submission { id regionCode total } errors { code field } } }
        """;

    private static readonly object[] RegencyPays =
    [
        Group("KEPALA_DESA", shares: Shares("APBD_KABUPATEN", "JKK", "JKM")),
        Group("PERANGKAT", shares: Shares("APBD_KABUPATEN", "JKK", "JKM")),
        Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: Shares("APBD_KABUPATEN", "JKK", "JKM")),
        Group("EKOSISTEM", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: Shares("MEMBER_DEDUCTION", "JKK", "JKM")),
    ];

    [Fact]
    public async Task The_regency_plans_what_it_pays_for_all_its_villages_and_the_province_decides()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty((await regency.SendAsync(Set, Of("61.01", groups: RegencyPays))).ErrorCodes("setFundingPolicy"));
        await ApprovedRosterAsync(await app.SignInAsync("op.dalamkaum"), Roster.DalamKaum, ("6101015708900021", "kepala_desa"), ("6101015708900022", "kepala_dusun"));
        await ApprovedRosterAsync(await app.SignInAsync("op.lubukdagang"), Roster.LubukDagang, ("6101015708900023", "bpd_ketua"));

        var computed = await regency.SendAsync(Compute, new { r = "61.01" });
        Assert.Empty(computed.ErrorCodes("computeRegencyBudgetPlan"));
        var plan = computed.Data.GetProperty("computeRegencyBudgetPlan").GetProperty("budgetPlan");
        Assert.Equal("61.01", plan.GetProperty("regionCode").GetString());
        // The BPJS examples to the rupiah, each program on its own account: PU on the siltap minimums (JKK 0.24 %, JKM 0.30 %),
        // BPU on Rp1,000,000 (JKK 1 %, JKM Rp6,800), no PP 50/2025 discount where the APBD pays.
        Assert.Equal(
        [
            ("5.1.02.02.02.0006", "KEPALA_DESA", 5_824m), ("5.1.02.02.02.0006", "PERANGKAT", 4_853m), ("5.1.02.02.02.0006", "BPD", 10_000m),
            ("5.1.02.02.02.0007", "KEPALA_DESA", 7_280m), ("5.1.02.02.02.0007", "PERANGKAT", 6_067m), ("5.1.02.02.02.0007", "BPD", 6_800m),
        ], Lines(plan).Select(l => (l.GetProperty("accountCode").GetString(), l.GetProperty("group").GetString(), l.GetProperty("monthlyPremium").GetDecimal()))
            .OrderBy(l => l.Item1).ThenBy(l => l.Item2 switch { "KEPALA_DESA" => 0, "PERANGKAT" => 1, _ => 2 }));
        Assert.All(Lines(plan), l => Assert.Equal(("APBD_KABUPATEN", 1, 12, JsonValueKind.Null),
            (l.GetProperty("payer").GetString(), l.GetProperty("people").GetInt32(), l.GetProperty("months").GetInt32(), l.GetProperty("activityCode").ValueKind)));
        Assert.Equal(12 * (13_104m + 10_920m + 16_800m), plan.GetProperty("total").GetDecimal());
        Assert.Equal("Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN — anggota BPD",
            Lines(plan).Single(l => l.GetProperty("accountCode").GetString() == "5.1.02.02.02.0006" && l.GetProperty("group").GetString() == "BPD")
                .GetProperty("accountName").GetString());
        Assert.Equal(3, plan.GetProperty("members").GetArrayLength());
        // The rates it used, named with their regulation: PU JKK 0.24 %, JKM 0.30 %; BPU JKK 1 %, JKM a flat Rp6,800.
        var rates = plan.GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("rate"))
            .Select(r => (r.GetProperty("scheme").GetString(), r.GetProperty("program").GetString(), Amount(r.GetProperty("percent")),
                Amount(r.GetProperty("flatAmount")), r.GetProperty("regulation").GetString()!.Length > 0)).ToHashSet();
        Assert.Superset(new HashSet<(string?, string?, decimal?, decimal?, bool)>
        {
            ("PU", "JKK", 0.24m, null, true), ("PU", "JKM", 0.3m, null, true), ("BPU", "JKK", 1m, null, true), ("BPU", "JKM", null, 6_800m, true),
        }, rates);
        var planId = plan.GetProperty("id").GetString();

        // A BPD seat filled in July, said why; an APBDes line does not belong in an APBD plan.
        object[] Adjusted(string payer) =>
        [
            .. Lines(plan).Select(l => new
            {
                accountCode = l.GetProperty("accountCode").GetString(), group = l.GetProperty("group").GetString(), payer = "APBD_KABUPATEN",
                people = l.GetProperty("people").GetInt32(), months = 12, monthlyPremium = l.GetProperty("monthlyPremium").GetDecimal(), note = (string?)null,
            }),
            new { accountCode = "5.1.02.02.02.0006", group = "BPD", payer, people = 1, months = 6, monthlyPremium = 10_000m, note = (string?)"Anggota BPD PAW Juli" },
        ];
        var version = plan.GetProperty("version").GetInt32();
        Assert.Equal([("BUDGET_PLAN_PAYER", "lines.6.payer")],
            Errors(await regency.SendAsync(Adjust, new { i = new { planId, version, lines = Adjusted("APBDES_ADD") } }), "adjustRegencyBudgetPlan"));
        var adjusted = await regency.SendAsync(Adjust, new { i = new { planId, version, lines = Adjusted("APBD_KABUPATEN") } });
        Assert.Equal(plan.GetProperty("total").GetDecimal() + 60_000m,
            adjusted.Data.GetProperty("adjustRegencyBudgetPlan").GetProperty("budgetPlan").GetProperty("total").GetDecimal());

        var sent = await regency.SendAsync(Submit, new { id = planId });
        Assert.Empty(sent.ErrorCodes("submitRegencyBudgetPlan"));
        var submissionId = sent.Data.GetProperty("submitRegencyBudgetPlan").GetProperty("submission").GetProperty("id").GetString();
        // Its staff review their villages' plans, whose fields find only village plans: they never approve their own.
        Assert.Equal([("NOT_FOUND", "submissionId")], Errors(await regency.SendAsync(
            "mutation($id: ID!) { approveBudgetPlan(input: { submissionId: $id }) { errors { code field } } }", new { id = submissionId }), "approveBudgetPlan"));

        // The province sees it waiting, in its list and its notifications; the regency's staff see what waits for them, not their own plan.
        var waiting = await province.SendAsync("{ budgetPlans(regionCode: \"61\", level: REGENCY, status: SUBMITTED) { totalCount nodes { regionCode regionName } } }");
        Assert.Equal(("61.01", "Kabupaten Sambas"), waiting.Data.GetProperty("budgetPlans").GetProperty("nodes").EnumerateArray()
            .Select(p => (p.GetProperty("regionCode").GetString(), p.GetProperty("regionName").GetString())).Single());
        Assert.Contains(await NotificationsAsync(province), n => n == ("BUDGET_PLAN_WAITING", "61.01", 2026));
        Assert.Equal(0, (await regency.SendAsync("{ budgetPlans(regionCode: \"61.01\", level: VILLAGE, status: SUBMITTED) { totalCount } }"))
            .Data.GetProperty("budgetPlans").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(await NotificationsAsync(regency), n => n.Kind == "BUDGET_PLAN_WAITING");

        var returned = await province.SendAsync(
            "mutation($id: ID!) { returnRegencyBudgetPlan(input: { submissionId: $id, reason: \"Rincian BPD belum sesuai SK\" }) { submission { status reason } errors { code } } }",
            new { id = submissionId });
        Assert.Equal("RETURNED", returned.Data.GetProperty("returnRegencyBudgetPlan").GetProperty("submission").GetProperty("status").GetString());
        Assert.Contains(await NotificationsAsync(regency), n => n == ("BUDGET_PLAN_RETURNED", "61.01", 2026));
        var again = await regency.SendAsync(Submit, new { id = planId });
        var againId = again.Data.GetProperty("submitRegencyBudgetPlan").GetProperty("submission").GetProperty("id").GetString();
        var approved = await province.SendAsync(
            "mutation($id: ID!) { approveRegencyBudgetPlan(input: { submissionId: $id }) { submission { status events { kind by } } errors { code } } }",
            new { id = againId });
        Assert.Equal(["SUBMITTED", "APPROVED"], approved.Data.GetProperty("approveRegencyBudgetPlan").GetProperty("submission").GetProperty("events")
            .EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        var read = await province.SendAsync("{ regencyBudgetPlan(regencyCode: \"61.01\", year: 2026) { approvedAt submissions { status } } }");
        Assert.Equal(["APPROVED", "RETURNED"], read.Data.GetProperty("regencyBudgetPlan").GetProperty("submissions").EnumerateArray()
            .Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, (await province.SendAsync("{ budgetPlan(villageCode: \"61.01\", year: 2026) { id } }")).Data.GetProperty("budgetPlan").ValueKind);

        var csv = (await (await province.Http.GetAsync("/api/budget-plans/export/regency?regency=61.01&year=2026&format=csv")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kd_Rekening,Uraian,JmlSatuan,Satuan,HrgSatuan,Anggaran,SumberDana,Revisi,Status,TglStatus", csv[0]);
        Assert.StartsWith("5.1.02.02.02.0006,Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN — Kepala Desa (1 orang × 12 bulan),12,OB,5824,69888,APBD Kabupaten/Kota,0,Disetujui,", csv[1]);
        Assert.Contains("Anggota BPD PAW Juli,6,OB,10000,60000,APBD Kabupaten/Kota,0,Disetujui,", csv[7]);
        var mempawah = await app.SignInAsync("dpmd.mempawah");
        Assert.Equal(HttpStatusCode.NotFound, (await mempawah.Http.GetAsync("/api/budget-plans/export/regency?regency=61.01&year=2026&format=csv")).StatusCode);
    }

    private async Task ApprovedRosterAsync(GraphQLClient village, string villageCode, params (string Nik, string Position)[] people)
    {
        foreach (var (nik, position) in people)
            Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(villageCode, nik, position))).ErrorCodes("addPerson"));
        var sent = await village.SendAsync(Roster.Submit, new { village = villageCode });
        var id = sent.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    private static decimal? Amount(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static List<JsonElement> Lines(JsonElement plan) => plan.GetProperty("lines").EnumerateArray().ToList();
}
