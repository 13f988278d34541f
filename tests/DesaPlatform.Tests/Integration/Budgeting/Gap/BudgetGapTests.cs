using System.Text.Json;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using DesaPlatform.Tests.Integration.Budgeting.Payments;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Gap;

/// <summary>
/// The budget gap and the cost of reaching the targets, checked to the rupiah against the calculator's examples: PU
/// perangkat Rp10,920 a month, kepala desa Rp13,104, BPU Rp16,800. Dalam Kaum (Sambas, with a 2026 policy) has a kepala
/// desa and a BPD member not yet covered, two kepala dusun of whom one is; Sengkubang (Mempawah, no policy) cannot be
/// priced. The clock stands on 10 June 2026: payments count to May.
/// </summary>
public sealed class BudgetGapTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const decimal Head = 13_104m;
    private const decimal Staff = 10_920m;
    private const decimal Bpu = 16_800m;

    private const string Gap = """
        query($r: String!) {
          budgetGap(regionCode: $r, year: 2026) {
            regionCode rosterAsOf paidThrough
            total { ...row }
            children { ...row }
          }
        }
        fragment row on BudgetGapRow {
          regionCode desa desaPriced peoplePriced peopleUnpriced desaWithApprovedPlan needed planned paid gapToPlanned gapToPaid
          byPayer { payer needed planned gap }
        }
        """;

    private const string Cost = """
        query($r: String!, $s: ScenarioSwitchesInput) {
          targetCost(regionCode: $r, year: 2026, switches: $s) {
            scenario targetYears policyYears { regencyCode year }
            total { ...row }
            children { ...row }
          }
        }
        fragment row on TargetCostRow {
          regionCode unpriced desa desaPriced cost { payer amount }
          segments { segment target targetSetFor inOffice covered toEnrol peoplePriced perPerson { payer amount } cost { payer amount } }
        }
        """;

    private const string SetTarget = """
        mutation($i: String!, $r: String!) { setTarget(input: { indicator: $i, regionCode: $r, year: 2026, percent: 100 }) { errors { code } } }
        """;

    [Fact]
    public async Task Needed_planned_paid_and_the_gap_by_payer_and_the_cost_of_the_targets_under_each_switch()
    {
        await using var host = At2026June();
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        Assert.Empty((await regency.SendAsync(Set, Of("61.01"))).ErrorCodes("setFundingPolicy"));
        await ApproveAsync(village, regency, Roster.DalamKaum,
            Uncovered(Roster.DalamKaum, "6101015708900071", "kepala_desa"), Uncovered(Roster.DalamKaum, "6101015708900072", "bpd_anggota"),
            Uncovered(Roster.DalamKaum, "6101015708900073", "kepala_dusun"), Roster.Person(nik: "6101015708900074"));
        await ApproveAsync(await host.SignInWithAsync("op.sengkubang", DesaApp.Password), await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password),
            Roster.Sengkubang, Uncovered(Roster.Sengkubang, "6102015708900075", "kepala_dusun"));
        await PlanAsync(village, regency);
        Assert.Empty((await village.SendAsync("""
            mutation { recordPayment(input: { villageCode: "61.01.01.2001", nik: "6101015708900074", period: "2026-03", amount: 10920 }) { errors { code } } }
            """)).ErrorCodes("recordPayment"));

        var gap = (await province.SendAsync(Gap, new { r = "61" })).Data.GetProperty("budgetGap");
        Assert.Equal(("2026-06-10", "2026-05"), (gap.Str("rosterAsOf"), gap.Str("paidThrough")));
        var villageBudget = 12 * (Head + 2 * Staff);
        var total = gap.GetProperty("total");
        Assert.Equal([("APBDES_ADD", villageBudget, villageBudget, 0m), ("APBD_KABUPATEN", 12 * Bpu, 0m, 12 * Bpu)], Payers(total));
        Assert.Equal((villageBudget + 12 * Bpu, villageBudget, Staff, 12 * Bpu, villageBudget + 12 * Bpu - Staff),
            (total.Dec("needed"), total.Dec("planned"), total.Dec("paid"), total.Dec("gapToPlanned"), total.Dec("gapToPaid")));
        Assert.Equal((2046, 4, 1, 1), (total.Int("desa"), total.Int("peoplePriced"), total.Int("peopleUnpriced"), total.Int("desaWithApprovedPlan")));
        var sambas = Child(gap, "61.01");
        var mempawah = Child(gap, "61.02");
        Assert.Equal(sambas.Int("desa"), sambas.Int("desaPriced"));
        Assert.Equal((0, 1, 0m), (mempawah.Int("desaPriced"), mempawah.Int("peopleUnpriced"), mempawah.Dec("needed")));
        Assert.Equal(total.Int("desaPriced"), sambas.Int("desaPriced"));

        // A past year is seen on its last day with its payments to December; a year ahead has nothing paid yet.
        var past = (await province.SendAsync(Gap.Replace("year: 2026", "year: 2025"), new { r = "61.01" })).Data.GetProperty("budgetGap");
        Assert.Equal(("2025-12-31", "2025-12", 0m), (past.Str("rosterAsOf"), past.Str("paidThrough"), past.GetProperty("total").Dec("needed")));
        var ahead = (await province.SendAsync(Gap.Replace("year: 2026", "year: 2027"), new { r = "61.01" })).Data.GetProperty("budgetGap");
        Assert.Equal(JsonValueKind.Null, ahead.GetProperty("paidThrough").ValueKind);

        var district = (await (await host.SignInWithAsync("viewer.sambas", DesaApp.Password)).SendAsync(Gap, new { r = "61.01.01" })).Data.GetProperty("budgetGap");
        Assert.Equal(villageBudget + 12 * Bpu, Child(district, Roster.DalamKaum).Dec("needed"));
        Assert.Equal(JsonValueKind.Null, (await regency.SendAsync(Gap, new { r = "61.02" })).Data.GetProperty("budgetGap").ValueKind);
        var own = (await village.SendAsync(Gap, new { r = Roster.DalamKaum })).Data.GetProperty("budgetGap");
        Assert.Equal((villageBudget + 12 * Bpu, 0), (own.GetProperty("total").Dec("needed"), own.GetProperty("children").GetArrayLength()));

        var csv = (await (await province.Http.GetAsync("/api/budget-gap/export?region=61&year=2026&format=csv")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kode_wilayah,nama_wilayah,tahun,pembayar,dibutuhkan", csv[0]);
        Assert.StartsWith($"61,Kalimantan Barat,2026,SEMUA,{villageBudget + 12 * Bpu},{villageBudget},{12 * Bpu},{Staff},", csv[1]);
        Assert.StartsWith($"61,Kalimantan Barat,2026,APBD_KABUPATEN,{12 * Bpu},0,{12 * Bpu},", csv[3]);
        var xlsx = await (await province.Http.GetAsync("/api/budget-gap/export?region=61&year=2026&format=xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);

        // The regency's APBD plan, once the province approves it, is planned for the regency and above, not its districts.
        await RegencyPlanAsync(regency, province);
        var withApbd = (await province.SendAsync(Gap, new { r = "61" })).Data.GetProperty("budgetGap").GetProperty("total");
        Assert.Equal([("APBDES_ADD", villageBudget, villageBudget, 0m), ("APBD_KABUPATEN", 12 * Bpu, 12 * Bpu, 0m)], Payers(withApbd));
        var sambasGap = (await regency.SendAsync(Gap, new { r = "61.01" })).Data.GetProperty("budgetGap");
        Assert.Equal(12 * Bpu, Payers(sambasGap.GetProperty("total")).Single(p => p.Item1 == "APBD_KABUPATEN").Item3);
        Assert.Equal(0m, Payers(Child(sambasGap, "61.01.01")).Single(p => p.Item1 == "APBD_KABUPATEN").Item3);

        // No target set: no people to enrol, no cost — and UCJ's 60.80 % is never turned into people.
        var none = (await province.SendAsync(Cost, new { r = "61.01" })).Data.GetProperty("targetCost");
        Assert.All(none.GetProperty("total").GetProperty("segments").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("toEnrol").ValueKind));
        Assert.Empty(none.GetProperty("targetYears").EnumerateArray());

        foreach (var (indicator, region) in new[] { ("PERSON_COVERAGE_KEPALA_DESA", "61"), ("PERSON_COVERAGE_BPD", "61"), ("PERSON_COVERAGE_APARATUR_DESA", "61.02") })
            Assert.Empty((await province.SendAsync(SetTarget, new { i = indicator, r = region })).ErrorCodes("setTarget"));
        var policy = (await province.SendAsync(Cost, new { r = "61" })).Data.GetProperty("targetCost");
        Assert.Equal(("BPD menurut kebijakan; tanpa JHT tambahan", 2026), (policy.Str("scenario"), policy.GetProperty("targetYears")[0].GetInt32()));
        var kepalaDesa = Segment(Child(policy, "61.01"), "KEPALA_DESA");
        Assert.Equal((100m, "61", 1, 0, 1), (kepalaDesa.Dec("target"), kepalaDesa.Str("targetSetFor"), kepalaDesa.Int("inOffice"), kepalaDesa.Int("covered"), kepalaDesa.Int("toEnrol")));
        Assert.Equal([("APBDES_ADD", 12 * Head)], Amounts(kepalaDesa, "cost"));
        Assert.Equal([("APBD_KABUPATEN", 12 * Bpu)], Amounts(Segment(Child(policy, "61.01"), "BPD"), "cost"));
        // The aparatur desa of Sambas have no target: the kepala desa's cost stands for theirs in the row's total.
        Assert.Equal([("APBDES_ADD", 12 * Head), ("APBD_KABUPATEN", 12 * Bpu)], Amounts(Child(policy, "61.01"), "cost"));
        // Mempawah's kepala dusun is to be enrolled, but Mempawah has no policy to price them with: said, not guessed.
        var unpriced = Segment(Child(policy, "61.02"), "APARATUR_DESA");
        Assert.Equal((1, 0, 0), (unpriced.Int("toEnrol"), unpriced.Int("peoplePriced"), unpriced.GetProperty("cost").GetArrayLength()));
        Assert.Equal((true, 0), (Child(policy, "61.02").GetProperty("unpriced").GetBoolean(), Child(policy, "61.02").Int("desaPriced")));
        Assert.Equal(JsonValueKind.Null, Segment(policy.GetProperty("total"), "APARATUR_DESA").GetProperty("toEnrol").ValueKind);

        var asPu = (await province.SendAsync(Cost, new { r = "61.01", s = new { bpdAs = "PU" } })).Data.GetProperty("targetCost");
        // PU JKK 0.24 % + JKM 0.30 % on the Rp1,000,000 the policy gives BPD: Rp2,400 + Rp3,000 a month.
        Assert.Equal([("APBD_KABUPATEN", 12 * 5_400m)], Amounts(Segment(asPu.GetProperty("total"), "BPD"), "cost"));
        Assert.Equal("BPD sebagai PU; tanpa JHT tambahan", asPu.Str("scenario"));

        // The policy has BPD at BPU already: the switch to BPU prices them as the policy does.
        var asBpu = (await province.SendAsync(Cost, new { r = "61.01", s = new { bpdAs = "BPU" } })).Data.GetProperty("targetCost");
        Assert.Equal([("APBD_KABUPATEN", 12 * Bpu)], Amounts(Segment(asBpu.GetProperty("total"), "BPD"), "cost"));

        var withJht = (await province.SendAsync(Cost, new { r = "61.01", s = new { jhtForKepalaDesa = true } })).Data.GetProperty("targetCost");
        // JHT 5.7 % of Rp2,426,640 = Rp138,318 a month: 3.7/5.7 of it (Rp89,785) from the APBDes, 2/5.7 (Rp48,533) from the member.
        Assert.Equal([("APBDES_ADD", 12 * (Head + 89_785m)), ("MEMBER_DEDUCTION", 12 * 48_533m)], Amounts(Segment(withJht.GetProperty("total"), "KEPALA_DESA"), "cost"));
        Assert.Equal(villageBudget + 12 * Bpu,
            (await province.SendAsync(Gap, new { r = "61.01" })).Data.GetProperty("budgetGap").GetProperty("total").Dec("needed"));

        var costCsv = (await (await province.Http.GetAsync("/api/target-cost/export?region=61.01&year=2026&bpdAs=pu&format=csv")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(costCsv, line => line.StartsWith("61.01,Kabupaten Sambas,2026,BPD sebagai PU; tanpa JHT tambahan,BPD,100,61,1,0,1,1,APBD_KABUPATEN,64800,64800,",
            StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> At2026June()
    {
        var clock = new SettableClock(new DateTime(2026, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
    }

    private static object Uncovered(string village, string nik, string position) =>
        new { input = new { villageCode = village, fullName = "Budi Santoso", nik, positionCode = position, termStart = "2024-01-01" } };

    private static async Task ApproveAsync(GraphQLClient village, GraphQLClient regency, string villageCode, params object[] people)
    {
        foreach (var person in people) Assert.Empty((await village.SendAsync(Roster.AddPerson, person)).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = villageCode });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    private static async Task PlanAsync(GraphQLClient village, GraphQLClient regency)
    {
        var computed = await village.SendAsync("mutation { computeBudgetPlan(input: { villageCode: \"61.01.01.2001\", year: 2026 }) { budgetPlan { id } errors { code } } }");
        Assert.Empty(computed.ErrorCodes("computeBudgetPlan"));
        var planId = computed.Data.GetProperty("computeBudgetPlan").GetProperty("budgetPlan").GetProperty("id").GetString();
        var sent = await village.SendAsync("mutation($id: ID!) { submitBudgetPlan(input: { planId: $id }) { submission { id } errors { code } } }", new { id = planId });
        var sentId = sent.Data.GetProperty("submitBudgetPlan").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync("mutation($id: ID!) { approveBudgetPlan(input: { submissionId: $id }) { errors { code } } }", new { id = sentId }))
            .ErrorCodes("approveBudgetPlan"));
    }

    private static async Task RegencyPlanAsync(GraphQLClient regency, GraphQLClient province)
    {
        var computed = await regency.SendAsync("mutation { computeRegencyBudgetPlan(input: { regencyCode: \"61.01\", year: 2026 }) { budgetPlan { id } errors { code } } }");
        Assert.Empty(computed.ErrorCodes("computeRegencyBudgetPlan"));
        var planId = computed.Data.GetProperty("computeRegencyBudgetPlan").GetProperty("budgetPlan").GetProperty("id").GetString();
        var sent = await regency.SendAsync("mutation($id: ID!) { submitRegencyBudgetPlan(input: { planId: $id }) { submission { id } errors { code } } }", new { id = planId });
        Assert.Empty(sent.ErrorCodes("submitRegencyBudgetPlan"));
        var sentId = sent.Data.GetProperty("submitRegencyBudgetPlan").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await province.SendAsync("mutation($id: ID!) { approveRegencyBudgetPlan(input: { submissionId: $id }) { errors { code } } }", new { id = sentId }))
            .ErrorCodes("approveRegencyBudgetPlan"));
    }

    private static JsonElement Child(JsonElement figures, string code) =>
        figures.GetProperty("children").EnumerateArray().Single(c => c.Str("regionCode") == code);

    private static JsonElement Segment(JsonElement row, string segment) =>
        row.GetProperty("segments").EnumerateArray().Single(s => s.Str("segment") == segment);

    private static List<(string, decimal, decimal, decimal)> Payers(JsonElement row) =>
        row.GetProperty("byPayer").EnumerateArray().Select(p => (p.Str("payer"), p.Dec("needed"), p.Dec("planned"), p.Dec("gap"))).ToList();

    private static List<(string, decimal)> Amounts(JsonElement row, string field) =>
        row.GetProperty(field).EnumerateArray().Select(p => (p.Str("payer"), p.Dec("amount"))).ToList();
}
