using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Budgeting.Payments.PaymentsAndArrearsTests;

namespace DesaPlatform.Tests.Integration.Budgeting.Payments;

/// <summary>
/// What a payment is refused for, each code named with its field; and that no refusal, report or audit entry of an
/// import gives a NIK or KPJ back, even one in the wrong column. (A database of its own: it adds people to Sengkubang.)
/// </summary>
public sealed class PaymentRefusalTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string ImportTold = """
        mutation($v: String!, $f: String!, $dry: Boolean!) {
          importPayments(input: { villageCode: $v, fileName: "bpjs.csv", fileBase64: $f, dryRun: $dry }) {
            report { applied rows { line fullName period amount kind } problems { line column code message values { name value } } }
            errors { code field message }
          }
        }
        """;

    [Fact]
    public async Task Every_other_refusal_is_named_too()
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        await ApproveAsync(village, regency, Roster.Sengkubang, "6102011708900081", "33344455501");
        await ApproveAsync(village, regency, Roster.Sengkubang, "6102011708900082", "33344455502");
        async Task<List<(string, string)>> RecordAsync(GraphQLClient client, object payment) =>
            (await client.SendAsync(PaymentsAndArrearsTests.Record, payment)).Data.GetProperty("recordPayment").GetProperty("errors").EnumerateArray()
                .Select(e => (e.Str("code"), e.Str("field"))).ToList();

        Assert.Equal([("PAYMENT_NIK_KPJ_MISMATCH", "kpj")], await RecordAsync(village, Payment(Roster.Sengkubang, nik: "6102011708900081", kpj: "33344455502")));
        Assert.Equal([("PAYMENT_AMOUNT_WHOLE", "amount")], await RecordAsync(village, Payment(Roster.Sengkubang, nik: "6102011708900081", amount: 10_920.5m)));
        Assert.Equal([("PAYMENT_VILLAGE_LEVEL", "villageCode")], await RecordAsync(regency, Payment("61.02.01", nik: "6102011708900081")));

        Assert.Empty(await RecordAsync(village, Payment(Roster.Sengkubang, nik: "6102011708900081")));
        Assert.Empty(await RecordAsync(village, Payment(Roster.Sengkubang, nik: "6102011708900081", amount: 5_000m, version: 0)));
        Assert.Equal([("PAYMENT_CHANGED_MEANWHILE", "version")],
            await RecordAsync(village, Payment(Roster.Sengkubang, nik: "6102011708900081", amount: 6_000m, version: 0)));

        var header = await village.SendAsync(Import, new { v = Roster.Sengkubang, f = Csv("nik,periode,jumlah", "6102011708900081,2024-04,10920"), dry = true });
        Assert.Equal([(1, "no_kpj", "PAYMENT_WRONG_HEADER")], header.Data.GetProperty("importPayments").GetProperty("report").GetProperty("problems")
            .EnumerateArray().Select(p => (p.Int("line"), p.Str("column"), p.Str("code"))));
    }

    [Fact]
    public async Task A_payment_import_gives_back_no_NIK_or_KPJ_in_its_report_problems_or_audit_trail_even_in_the_wrong_column()
    {
        await using var host = At2024June();
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        const string nik = "6102011708900091";
        const string kpj = "33344455591";
        await ApproveAsync(village, regency, Roster.Sengkubang, nik, kpj);
        var admin = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        string[] identifiers = [nik, kpj, "6102019999990077", "77766655544", "66655544433"];

        var refused = await admin.SendAsync(ImportTold, new
        {
            v = Roster.Sengkubang, dry = false,
            f = Csv("nik,no_kpj,periode,jumlah", "6102019999990077,,2024-03,10920", ",77766655544,2024-03,10920", $"{nik},66655544433,2024-04,10920",
                $"{nik},,{kpj},10920", $",{kpj},2024-05,{nik}"),
        });
        var applied = await admin.SendAsync(ImportTold, new { v = Roster.Sengkubang, dry = false, f = Csv("nik,no_kpj,periode,jumlah", $"{nik},{kpj},2024-03,10920") });

        Assert.Equal(["PAYMENT_UNKNOWN_NIK", "PAYMENT_UNKNOWN_KPJ", "PAYMENT_UNKNOWN_KPJ", "PAYMENT_PERIOD", "PAYMENT_AMOUNT_TOO_LARGE"],
            refused.Data.GetProperty("importPayments").GetProperty("report").GetProperty("problems").EnumerateArray().Select(p => p.Str("code")));
        Assert.True(applied.Data.GetProperty("importPayments").GetProperty("report").GetProperty("applied").GetBoolean());
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var audit = await scope.ServiceProvider.GetRequiredService<BudgetingDbContext>().Set<AuditEntry>()
            .Where(e => e.RegionCode == Roster.Sengkubang).Select(e => e.EntityId + e.Before + e.After).ToListAsync();
        Assert.NotEmpty(audit);
        foreach (var identifier in identifiers)
        {
            Assert.DoesNotContain(identifier, refused.Body.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(identifier, applied.Body.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(audit, entry => entry.Contains(identifier, StringComparison.Ordinal));
        }
    }

    private WebApplicationFactory<Program> At2024June()
    {
        var clock = new SettableClock(new DateTime(2024, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
    }
}
