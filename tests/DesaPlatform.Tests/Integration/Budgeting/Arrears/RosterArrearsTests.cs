using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Roster.Enrolled;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Arrears;

/// <summary>A roster page of many villages reads their arrears once, under the region they share, not village by village.</summary>
public sealed class RosterArrearsTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string RecordFebruary = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code field } } }
        """;

    [Fact]
    public async Task A_district_wide_roster_page_reads_the_arrears_of_its_villages_in_one_go()
    {
        var reads = new List<string>();
        var clock = new SettableClock(new DateTime(2024, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IClock>(clock);
            s.AddScoped<IEnrolledPeople>(sp => new CountedReads(ActivatorUtilities.CreateInstance<OfficialEnrolledPeople>(sp), reads));
        }));
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        foreach (var (village, user, nik) in new[] { (Roster.DalamKaum, "op.dalamkaum", "6101015708900301"), (Roster.LubukDagang, "op.lubukdagang", "6101015708900302") })
        {
            var client = await host.SignInWithAsync(user, DesaApp.Password);
            Assert.Empty((await client.SendAsync(Roster.AddPerson, Roster.Person(village, nik))).ErrorCodes("addPerson"));
            var submitted = await client.SendAsync(Roster.Submit, new { village });
            var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
            Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
            var paid = await client.SendAsync(RecordFebruary, new { input = new { villageCode = village, nik, period = "2024-02", amount = 10_920m } });
            Assert.Empty(paid.ErrorCodes("recordPayment"));
        }

        reads.Clear();
        var page = await regency.SendAsync("{ people(first: 50) { nodes { villageCode arrears { monthsOwed atRisk } } } }");
        Assert.False(page.HasErrors, page.Body.ToString());
        var nodes = page.Data.GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([Roster.DalamKaum, Roster.LubukDagang], nodes.Select(n => n.GetProperty("villageCode").GetString()).Order());
        Assert.All(nodes, n => Assert.Equal(3, n.GetProperty("arrears").GetProperty("monthsOwed").GetInt32()));
        Assert.Equal(["61.01.01"], reads);
    }

    private sealed class CountedReads(IEnrolledPeople inner, List<string> reads) : IEnrolledPeople
    {
        public Task<IReadOnlyList<EnrolledPerson>> UnderAsync(string rootCode, CancellationToken cancellationToken)
        {
            lock (reads) reads.Add(rootCode);
            return inner.UnderAsync(rootCode, cancellationToken);
        }
    }
}
