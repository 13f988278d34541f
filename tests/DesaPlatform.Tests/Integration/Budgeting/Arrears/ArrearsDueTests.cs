using System.Text.Json;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using DesaPlatform.Tests.Integration.Budgeting.Payments;
using DesaPlatform.Tests.Integration.Budgeting.Policies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Arrears;

/// <summary>
/// Due is what BPJS bills the person for the month: the enrollment in force that month (a new KPJ is a new enrollment
/// from its start), priced for whoever pays under the regency's funding policy of that year — PP 50/2025's BPU discount
/// (April–December 2026) reaches a member paying themself and, where the policy says so, the village budget; never the
/// APBD. Without a policy: the village budget pays without a discount, the ekosistem desa pay their own. (Each village
/// records a first payment, as arrears run from the first month it has one.)
/// </summary>
public sealed class ArrearsDueTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Record = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code field } } }
        """;

    private const string Update = """
        mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } errors { code field } } }
        """;

    private const string Arrears = """
        query($code: String!) {
          arrears(regionCode: $code) { nodes { positionCode months { period due policyAssumed } } }
          arrearsSummary(regionCode: $code) { yearsWithoutPolicy }
        }
        """;

    [Fact]
    public async Task A_BPD_member_moved_from_BPU_to_PU_owes_16800_for_the_BPU_months_and_10920_after()
    {
        await using var host = At(2024, 6);
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var added = await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.DalamKaum, "6101015708900003", "bpd_anggota",
            enrollment: Bpu("11111111111", "2024-02-01")));
        await ApproveAsync(village, regency, Roster.DalamKaum);
        var id = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString();

        var moved = await village.SendAsync(Update, new
        {
            input = new
            {
                personId = id, fullName = "Siti Aminah", nik = "6101015708900003", positionCode = "bpd_anggota", termStart = "2024-01-01",
                enrollment = new { kpj = "22222222222", programs = new[] { "JKK", "JKM" }, startDate = "2024-04-01" },
            },
        });
        Assert.Empty(moved.ErrorCodes("updatePerson"));
        await ApproveAsync(village, regency, Roster.DalamKaum);
        await RecordFirstPaymentAsync(village, Roster.DalamKaum, "6101015708900003", "2024-02");

        Assert.Equal([("2024-02", 16_800m), ("2024-03", 16_800m), ("2024-04", 10_920m), ("2024-05", 10_920m)],
            Months(await ArrearsAsync(village, Roster.DalamKaum), "bpd_anggota"));
    }

    [Fact]
    public async Task The_BPU_discount_reaches_a_member_paying_themself_and_the_village_budget_only_where_the_policy_says_so_never_the_APBD()
    {
        await using var host = At(2026, 6);
        var village = await host.SignInWithAsync("op.lubukdagang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var policy = await regency.SendAsync(PolicyInput.Set, PolicyInput.Of("61.01", groups:
        [
            PolicyInput.Group("KEPALA_DESA"), PolicyInput.Group("PERANGKAT"),
            PolicyInput.Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: PolicyInput.Shares("APBD_KABUPATEN", "JKK", "JKM")),
            PolicyInput.Group("EKOSISTEM", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: PolicyInput.Shares("APBDES_DD", "JKK", "JKM")),
        ], discount: true));
        Assert.Empty(policy.ErrorCodes("setFundingPolicy"));
        await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101015708900103", "bpd_anggota", enrollment: Bpu("11111111111", "2026-03-01")));
        await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101015708900111", "linmas", enrollment: Bpu("11111111112", "2026-03-01")));
        await ApproveAsync(village, regency, Roster.LubukDagang);
        await RecordFirstPaymentAsync(village, Roster.LubukDagang, "6101015708900103", "2026-03");

        var arrears = await ArrearsAsync(village, Roster.LubukDagang);
        Assert.Equal([("2026-03", 16_800m), ("2026-04", 16_800m), ("2026-05", 16_800m)], Months(arrears, "bpd_anggota"));
        Assert.Equal([("2026-03", 16_800m), ("2026-04", 8_400m), ("2026-05", 8_400m)], Months(arrears, "linmas"));
        Assert.Empty(arrears.GetProperty("arrearsSummary").GetProperty("yearsWithoutPolicy").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_policy_the_village_budget_pays_without_the_discount_the_ekosistem_pay_their_own_and_the_page_says_so()
    {
        await using var host = At(2026, 6);
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.Sengkubang, "6102015708900003", "bpd_anggota", enrollment: Bpu("11111111111", "2026-04-01")));
        await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.Sengkubang, "6102015708900011", "linmas", enrollment: Bpu("11111111112", "2026-04-01")));
        await ApproveAsync(village, regency, Roster.Sengkubang);
        await RecordFirstPaymentAsync(village, Roster.Sengkubang, "6102015708900003", "2026-04");

        var arrears = await ArrearsAsync(village, Roster.Sengkubang);
        Assert.Equal([("2026-04", 16_800m), ("2026-05", 16_800m)], Months(arrears, "bpd_anggota"));
        Assert.Equal([("2026-04", 8_400m), ("2026-05", 8_400m)], Months(arrears, "linmas"));
        Assert.Equal([2026], arrears.GetProperty("arrearsSummary").GetProperty("yearsWithoutPolicy").EnumerateArray().Select(y => y.GetInt32()));
        Assert.All(Node(arrears, "linmas").GetProperty("months").EnumerateArray(), m => Assert.True(m.GetProperty("policyAssumed").GetBoolean()));
    }

    private static object Bpu(string kpj, string startDate) =>
        new { kpj, scheme = "BPU", programs = new[] { "JKK", "JKM" }, wageBase = 1_000_000m, startDate };

    private WebApplicationFactory<Program> At(int year, int month)
    {
        var clock = new SettableClock(new DateTime(year, month, 10, 3, 0, 0, DateTimeKind.Utc));
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
    }

    private static async Task ApproveAsync(GraphQLClient village, GraphQLClient regency, string villageCode)
    {
        var submitted = await village.SendAsync(Roster.Submit, new { village = villageCode });
        Assert.Empty(submitted.ErrorCodes("submitRoster"));
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    private static async Task RecordFirstPaymentAsync(GraphQLClient village, string villageCode, string nik, string period) =>
        Assert.Empty((await village.SendAsync(Record, new { input = new { villageCode, nik, period, amount = 1_000m } })).ErrorCodes("recordPayment"));

    private static async Task<JsonElement> ArrearsAsync(GraphQLClient client, string code)
    {
        var response = await client.SendAsync(Arrears, new { code });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data;
    }

    private static JsonElement Node(JsonElement arrears, string position) =>
        arrears.GetProperty("arrears").GetProperty("nodes").EnumerateArray().Single(n => n.Str("positionCode") == position);

    private static IEnumerable<(string, decimal)> Months(JsonElement arrears, string position) =>
        Node(arrears, position).GetProperty("months").EnumerateArray().Select(m => (m.Str("period"), m.Dec("due"))).ToList();
}
