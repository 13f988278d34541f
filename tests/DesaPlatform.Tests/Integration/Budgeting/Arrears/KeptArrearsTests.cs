using DesaPlatform.Budgeting.Arrears;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using DesaPlatform.Tests.Integration.Budgeting.Policies;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Arrears;

/// <summary>
/// The arrears counts for reports are kept per village: after every change that moves them — a payment, a funding
/// policy, a roster approval, a month closing — they are the figures counted afresh from everyone's payments.
/// </summary>
public sealed class KeptArrearsTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Record = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code field } } }
        """;

    [Fact]
    public async Task The_kept_counts_are_the_counts_afresh_after_each_payment_policy_approval_and_month_closing()
    {
        var clock = new SettableClock(new DateTime(2026, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);

        // A linmas (ekosistem desa, BPU) paying themself since January: 16,800 a month, 8,400 from April with the discount.
        await AddAndApproveAsync(village, regency, "6102015708900203", "11111111203");
        await RecordAsync(village, "6102015708900203", "2026-01", 1_000m);
        Assert.Equal((1, 1), await CountedBothWaysAsync(host.Services));

        await RecordAsync(village, "6102015708900203", "2026-05", 8_400m);
        Assert.Equal((1, 0), await CountedBothWaysAsync(host.Services));

        // The village budget pays the ekosistem without the discount: May's 8,400 no longer covers its 16,800.
        var policy = await regency.SendAsync(PolicyInput.Set, PolicyInput.Of("61.02", groups:
        [
            PolicyInput.Group("KEPALA_DESA"), PolicyInput.Group("PERANGKAT"),
            PolicyInput.Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: PolicyInput.Shares("APBD_KABUPATEN", "JKK", "JKM")),
            PolicyInput.Group("EKOSISTEM", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: PolicyInput.Shares("APBDES_DD", "JKK", "JKM")),
        ], number: "Perbup Mempawah Nomor 3 Tahun 2026"));
        Assert.Empty(policy.ErrorCodes("setFundingPolicy"));
        Assert.Equal((1, 1), await CountedBothWaysAsync(host.Services));

        // Approved in bulk: the kept counts hear of it once the batch is committed.
        await AddAndApproveAsync(village, regency, "6102015708900211", "11111111211", inBulk: true);
        Assert.Equal((2, 2), await CountedBothWaysAsync(host.Services));

        clock.UtcNow = new DateTime(2026, 7, 10, 3, 0, 0, DateTimeKind.Utc);
        Assert.Equal((2, 2), await CountedBothWaysAsync(host.Services, new DateOnly(2026, 6, 1)));
        await RecordAsync(village, "6102015708900211", "2026-06", 16_800m);
        Assert.Equal((2, 1), await CountedBothWaysAsync(host.Services, new DateOnly(2026, 6, 1)));
    }

    /// <summary>Mempawah's people enrolled and at risk as the report reads them, asserted equal to counting everyone afresh.</summary>
    private static async Task<(int Enrolled, int AtRisk)> CountedBothWaysAsync(IServiceProvider services, DateOnly? asOf = null)
    {
        using var keptScope = services.CreateScope();
        keptScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var kept = await keptScope.ServiceProvider.GetRequiredService<IArrearsFigures>().CountAsync("61", 5, CancellationToken.None);

        using var freshScope = services.CreateScope();
        freshScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var fresh = (await freshScope.ServiceProvider.GetRequiredService<ArrearsBook>().UnderAsync("61", CancellationToken.None))
            .GroupBy(p => p.RegionCode[..5]).Select(g => new ArrearsFigure(g.Key, g.Count(), g.Count(p => p.AtRisk)));

        Assert.Equal(fresh.OrderBy(f => f.RegionCode), kept.ByRegion.OrderBy(f => f.RegionCode));
        Assert.Equal(asOf ?? new DateOnly(2026, 5, 1), kept.AsOf);
        var mempawah = kept.ByRegion.Single(f => f.RegionCode == "61.02");
        return (mempawah.Enrolled, mempawah.AtRisk);
    }

    private static async Task AddAndApproveAsync(GraphQLClient village, GraphQLClient regency, string nik, string kpj, bool inBulk = false)
    {
        var added = await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.Sengkubang, nik, "linmas",
            enrollment: new { kpj, scheme = "BPU", programs = new[] { "JKK", "JKM" }, wageBase = 1_000_000m, startDate = "2026-01-01" }));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.Sengkubang });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        if (!inBulk)
        {
            Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
            return;
        }
        const string ApproveMany = "mutation($ids: [ID!]) { approveSubmissions(input: { submissionIds: $ids }) { summary { approvedCount } errors { code } } }";
        var bulk = await regency.SendAsync(ApproveMany, new { ids = new[] { id } });
        Assert.Equal(1, bulk.Data.GetProperty("approveSubmissions").GetProperty("summary").GetProperty("approvedCount").GetInt32());
    }

    private static async Task RecordAsync(GraphQLClient village, string nik, string period, decimal amount) =>
        Assert.Empty((await village.SendAsync(Record, new { input = new { villageCode = Roster.Sengkubang, nik, period, amount } })).ErrorCodes("recordPayment"));
}
