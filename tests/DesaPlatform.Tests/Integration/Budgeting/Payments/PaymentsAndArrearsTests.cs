using System.Text;
using System.Text.Json;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Tests.Integration.Budgeting.Payments;

/// <summary>
/// Payments per person and month, entered or imported, and the arrears they leave: due under the rates in force for
/// each month enrolled and in office, from the first month the village has a payment recorded to the last closed
/// month; at risk past the months the arrears rule allows (3). The clock stands in June 2024, so Feb–May 2024 are due
/// for someone enrolled from February once the village records from February.
/// </summary>
public sealed class PaymentsAndArrearsTests(DesaApp app) : IClassFixture<DesaApp>
{
    internal const decimal Monthly = 10_920m;

    internal const string Record = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { period amount version } errors { code field } } }
        """;

    internal const string Import = """
        mutation($v: String!, $f: String!, $dry: Boolean!) {
          importPayments(input: { villageCode: $v, fileName: "bpjs.csv", fileBase64: $f, dryRun: $dry }) {
            report { applied refused added changed unchanged rows { line fullName period amount kind } problems { line column code } }
            errors { code field }
          }
        }
        """;

    private const string Arrears = """
        query($code: String!) {
          arrears(regionCode: $code) { totalCount nodes { fullName asOf monthsOwed owed consecutiveUnpaid atRisk months { period due paid owed } } }
          arrearsSummary(regionCode: $code) { asOf monthsAllowed ruleSource total { people atRisk owed } children { regionCode people atRisk } }
        }
        """;

    [Fact]
    public async Task Unpaid_months_past_the_rule_put_a_person_at_risk_and_a_recorded_payment_takes_them_off()
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        await ApproveAsync(village, regency, Roster.DalamKaum, "6101015708900003", "12345678901");
        Assert.Empty((await village.SendAsync(Arrears, new { code = Roster.DalamKaum })).Data.GetProperty("arrears").GetProperty("nodes").EnumerateArray());

        var partly = await village.SendAsync(Record, Payment(Roster.DalamKaum, nik: "6101015708900003", period: "2024-02", amount: 5_000));
        Assert.Empty(partly.ErrorCodes("recordPayment"));
        var person = await OnlyAsync(village, Roster.DalamKaum);
        Assert.Equal(("2024-05", 4, 4 * Monthly - 5_000, 4, true),
            (person.Str("asOf"), person.Int("monthsOwed"), person.Dec("owed"), person.Int("consecutiveUnpaid"), person.GetProperty("atRisk").GetBoolean()));
        Assert.Equal(["2024-02", "2024-03", "2024-04", "2024-05"], person.GetProperty("months").EnumerateArray().Select(m => m.Str("period")));

        var paid = await village.SendAsync(Record, Payment(Roster.DalamKaum, nik: "6101015708900003", period: "2024-05"));
        Assert.Empty(paid.ErrorCodes("recordPayment"));
        person = await OnlyAsync(village, Roster.DalamKaum);
        Assert.Equal((3, 3 * Monthly - 5_000, 0, false),
            (person.Int("monthsOwed"), person.Dec("owed"), person.Int("consecutiveUnpaid"), person.GetProperty("atRisk").GetBoolean()));

        var taken = await village.SendAsync(Record, Payment(Roster.DalamKaum, kpj: "12345678901", period: "2024-05"));
        Assert.Equal(["PAYMENT_PERIOD_TAKEN"], taken.ErrorCodes("recordPayment"));
        var corrected = await regency.SendAsync(Record, Payment(Roster.DalamKaum, kpj: "12345678901", period: "2024-05", amount: 5_000, version: 0));
        Assert.Empty(corrected.ErrorCodes("recordPayment"));
        Assert.Equal(4 * Monthly - 10_000, (await OnlyAsync(village, Roster.DalamKaum)).Dec("owed"));
    }

    [Fact]
    public async Task Months_before_the_village_records_its_first_payment_owe_nothing()
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        await ApproveAsync(village, regency, Roster.Sengkubang, "6102015708900021", "33344455566");

        Assert.Empty(await NodesAsync(village, Roster.Sengkubang));
        Assert.Empty((await village.SendAsync(Record, Payment(Roster.Sengkubang, kpj: "33344455566", period: "2024-04"))).ErrorCodes("recordPayment"));
        var person = await OnlyAsync(village, Roster.Sengkubang);
        Assert.Equal(["2024-04", "2024-05"], person.GetProperty("months").EnumerateArray().Select(m => m.Str("period")));
        Assert.Equal((1, Monthly, false), (person.Int("monthsOwed"), person.Dec("owed"), person.GetProperty("atRisk").GetBoolean()));
    }

    [Theory]
    [InlineData("6101019999990001", null, "2024-03", 10920, "PAYMENT_UNKNOWN_NIK", "nik")]
    [InlineData(null, "999", "2024-03", 10920, "PAYMENT_UNKNOWN_KPJ", "kpj")]
    [InlineData(null, null, "2024-03", 10920, "PAYMENT_PERSON_REQUIRED", "nik")]
    [InlineData("6101015708900003", null, "03/2024", 10920, "PAYMENT_PERIOD", "period")]
    [InlineData("6101015708900003", null, "2024-07", 10920, "PAYMENT_PERIOD_FUTURE", "period")]
    [InlineData("6101015708900003", null, "2024-03", 0, "PAYMENT_AMOUNT", "amount")]
    public async Task A_payment_names_each_wrong_field(string? nik, string? kpj, string period, decimal amount, string code, string field)
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var response = await village.SendAsync(Record, Payment(Roster.DalamKaum, nik, kpj, period, amount));
        var errors = response.Data.GetProperty("recordPayment").GetProperty("errors").EnumerateArray().Select(e => (e.Str("code"), e.Str("field")));
        Assert.Contains((code, field), errors);
    }

    [Fact]
    public async Task An_import_is_all_or_nothing_reports_every_problem_by_line_and_changes_nothing_when_repeated()
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.lubukdagang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        await ApproveAsync(village, regency, Roster.LubukDagang, "6101011708900081", "22233344455");

        var bad = Csv("nik,no_kpj,periode,jumlah",
            ",22233344455,2024-02,10920", "6101019999990001,,2024-03,10920", "6101011708900081,,2024-13,10920",
            "6101011708900081,,2024-04,-5", ",22233344455,2024-02,10920", "6101011708900081,,2024-08,10920", "6101011708900081,,2024-05,abc");
        var refused = await ReportAsync(village, bad, dryRun: false);
        Assert.Equal((false, true), (refused.GetProperty("applied").GetBoolean(), refused.GetProperty("refused").GetBoolean()));
        Assert.Equal([(3, "nik", "PAYMENT_UNKNOWN_NIK"), (4, "periode", "PAYMENT_PERIOD"), (5, "jumlah", "PAYMENT_AMOUNT"),
                (6, "periode", "PAYMENT_DUPLICATE_ROW"), (7, "periode", "PAYMENT_PERIOD_FUTURE"), (8, "jumlah", "NOT_AN_AMOUNT")],
            refused.GetProperty("problems").EnumerateArray().Select(p => (p.Int("line"), p.Str("column"), p.Str("code"))));
        Assert.Empty(await NodesAsync(village, Roster.LubukDagang));

        var good = Csv("periode;jumlah;nik;no_kpj", "2024-02;10.920;;22233344455", "2024-03;10920;6101011708900081;");
        var dry = await ReportAsync(village, good, dryRun: true);
        Assert.Equal((false, 2), (dry.GetProperty("applied").GetBoolean(), dry.Int("added")));
        Assert.Empty(await NodesAsync(village, Roster.LubukDagang));

        var applied = await ReportAsync(village, good, dryRun: false);
        Assert.Equal((true, 2, "Siti Aminah"), (applied.GetProperty("applied").GetBoolean(), applied.Int("added"),
            applied.GetProperty("rows")[0].Str("fullName")));
        var again = await ReportAsync(village, good, dryRun: false);
        Assert.Equal((0, 0, 2), (again.Int("added"), again.Int("changed"), again.Int("unchanged")));

        var person = await OnlyAsync(village, Roster.LubukDagang);
        Assert.Equal((2, 2 * Monthly, 2, false),
            (person.Int("monthsOwed"), person.Dec("owed"), person.Int("consecutiveUnpaid"), person.GetProperty("atRisk").GetBoolean()));
        var summary = (await village.SendAsync(Arrears, new { code = Roster.LubukDagang })).Data.GetProperty("arrearsSummary");
        Assert.Equal((3, 1, 0), (summary.Int("monthsAllowed"), summary.GetProperty("total").Int("people"), summary.GetProperty("total").Int("atRisk")));
    }

    [Fact]
    public async Task Neither_a_NIK_nor_a_KPJ_entered_or_imported_is_logged()
    {
        var logs = new CapturedLogs();
        await using var host = At2024June().WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Debug)));
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        const string nik = "6101015708900003";
        const string kpj = "12345678901";

        await village.SendAsync(Record, Payment(Roster.DalamKaum, nik: nik, kpj: kpj, period: "2024-04"));
        await village.SendAsync(Record, Payment(Roster.DalamKaum, nik: "6101019999990042", kpj: "98765432109", period: "2024-04"));
        await village.SendAsync(Import, new { v = Roster.DalamKaum, f = Csv("nik,no_kpj,periode,jumlah", $"{nik},{kpj},2024-03,10920"), dry = false });

        Assert.NotEmpty(logs.Entries);
        foreach (var secret in new[] { nik, kpj, "6101019999990042", "98765432109" })
            Assert.DoesNotContain(logs.Entries, e => e.ToString().Contains(secret, StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> At2024June()
    {
        var clock = new SettableClock(new DateTime(2024, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
    }

    internal static async Task ApproveAsync(GraphQLClient village, GraphQLClient regency, string villageCode, string nik, string kpj)
    {
        var added = await village.SendAsync(Roster.AddPerson, Roster.Person(villageCode, nik,
            enrollment: new { kpj, programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" }));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = villageCode });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    private static async Task<JsonElement> OnlyAsync(GraphQLClient client, string villageCode) => Assert.Single(await NodesAsync(client, villageCode));

    /// <summary>The village's arrears; none until it has a payment recorded.</summary>
    private static async Task<List<JsonElement>> NodesAsync(GraphQLClient client, string villageCode)
    {
        var response = await client.SendAsync(Arrears, new { code = villageCode });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("arrears").GetProperty("nodes").EnumerateArray().ToList();
    }

    private static async Task<JsonElement> ReportAsync(GraphQLClient client, string file, bool dryRun)
    {
        var response = await client.SendAsync(Import, new { v = Roster.LubukDagang, f = file, dry = dryRun });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("importPayments").GetProperty("report");
    }

    internal static object Payment(string village, string? nik = null, string? kpj = null, string period = "2024-05", decimal amount = Monthly,
        int? version = null) => new { input = new { villageCode = village, nik, kpj, period, amount, version } };

    internal static string Csv(params string[] lines) => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
}

internal static class ArrearsJson
{
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
    public static decimal Dec(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
