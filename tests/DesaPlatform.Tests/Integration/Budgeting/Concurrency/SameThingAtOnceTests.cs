using System.Data.Common;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using DesaPlatform.Tests.Integration.Budgeting.Policies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Concurrency;

/// <summary>
/// Two people adding the same year's funding policy, or the same person's payment for the same month, at the same
/// moment: both found nothing there, one saves first, and the other hears the worded error of the sequential case from
/// the unique index, not a server error. (The other's save is made to land between the check and the save.)
/// </summary>
public sealed class SameThingAtOnceTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Record = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { amount } errors { code field } } }
        """;

    [Fact]
    public async Task The_second_of_two_setting_the_same_years_policy_hears_FUNDING_POLICY_YEAR_TAKEN()
    {
        var other = new OtherSavesFirst<FundingPolicy>(p => FundingPolicy.From(p.RegionCode, p.Year, p.Values));
        await using var host = With(other);
        var staff = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);

        var response = await staff.SendAsync(PolicyInput.Set, PolicyInput.Of("61.01", year: 2026));

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal([("FUNDING_POLICY_YEAR_TAKEN", "year")], Errors(response, "setFundingPolicy"));
        Assert.Equal(1, other.Saved);
    }

    [Fact]
    public async Task The_second_of_two_copying_into_the_same_year_hears_FUNDING_POLICY_YEAR_TAKEN()
    {
        var staff = await app.SignInAsync("dpmd.mempawah");
        Assert.Empty((await staff.SendAsync(PolicyInput.Set, PolicyInput.Of("61.02", year: 2025))).ErrorCodes("setFundingPolicy"));
        var other = new OtherSavesFirst<FundingPolicy>(p => FundingPolicy.From(p.RegionCode, p.Year, p.Values));
        await using var host = With(other);
        staff = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);

        var response = await staff.SendAsync(PolicyInput.Copy, new { i = new { regionCode = "61.02", fromYear = 2025, toYear = 2027 } });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal([("FUNDING_POLICY_YEAR_TAKEN", "toYear")], Errors(response, "copyFundingPolicy"));
        Assert.Equal(1, other.Saved);
    }

    [Fact]
    public async Task The_second_of_two_recording_the_same_month_hears_PAYMENT_PERIOD_TAKEN()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101011708900091",
            enrollment: new { kpj = "22233344491", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" }))).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.LubukDagang });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
        var other = new OtherSavesFirst<Payment>(p => Payment.Of(p.RegionCode, p.EntryId, p.Period, 5_000m));
        await using var host = With(other);
        village = await host.SignInWithAsync("op.lubukdagang", DesaApp.Password);

        var response = await village.SendAsync(Record,
            new { input = new { villageCode = Roster.LubukDagang, nik = "6101011708900091", period = "2024-05", amount = 10_920m } });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal([("PAYMENT_PERIOD_TAKEN", "period")], Errors(response, "recordPayment"));
        Assert.Equal(1, other.Saved);
    }

    private static List<(string?, string?)> Errors(GraphQLResponse response, string mutation) =>
        response.Data.GetProperty(mutation).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString())).ToList();

    private WebApplicationFactory<Program> With<T>(OtherSavesFirst<T> other) where T : class
    {
        var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<BudgetingDbContext>(options => options.AddInterceptors(other))));
        other.Services = () => host.Services;
        return host;
    }

    /// <summary>
    /// As the first save that adds a <typeparamref name="T"/> opens its transaction, another person's request saves the
    /// same one first, in a context of its own (its own connection and transaction).
    /// </summary>
    private sealed class OtherSavesFirst<T>(Func<T, T> same) : DbTransactionInterceptor where T : class
    {
        private int _armed = 1;

        public Func<IServiceProvider> Services { get; set; } = () => throw new InvalidOperationException("no host");

        public int Saved { get; private set; }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<T>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            if (added is not null && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Saved++;
                using var scope = Services().CreateScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
                var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
                db.Add(same(added));
                await db.SaveChangesAsync(cancellationToken);
            }
            return result;
        }
    }
}
