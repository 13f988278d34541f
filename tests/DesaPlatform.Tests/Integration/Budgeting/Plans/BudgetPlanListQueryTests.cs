using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static DesaPlatform.Tests.Integration.Budgeting.Plans.PlanApi;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Plans;

/// <summary>The waiting-plans list reads each plan's previous lines, sendings and their histories in one query per field, whatever the page size.</summary>
public sealed class BudgetPlanListQueryTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Waiting = """
        { budgetPlans(regionCode: "61.01", status: SUBMITTED, first: 50) { nodes { id FIELDS } } }
        """;

    [Fact]
    public async Task A_page_of_plans_reads_previous_lines_submissions_and_events_in_one_query_each()
    {
        var logs = new CapturedLogs();
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Debug)));
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        Assert.Empty((await regency.SendAsync(Set, Of("61.01"))).ErrorCodes("setFundingPolicy"));
        foreach (var (user, village, nik) in new[] { ("op.dalamkaum", Roster.DalamKaum, "6101015708900031"), ("op.lubukdagang", Roster.LubukDagang, "6101015708900032") })
            await SubmitPlanAsync(await host.SignInWithAsync(user, DesaApp.Password), regency, village, nik);

        var plain = await CommandsAsync(regency, logs, "");
        var full = await CommandsAsync(regency, logs, "previousLines { total } submissions { status events { kind } }");

        Assert.Equal(plain + 3, full);
    }

    private static async Task<int> CommandsAsync(GraphQLClient client, CapturedLogs logs, string fields)
    {
        logs.Entries.Clear();
        var response = await client.SendAsync(Waiting.Replace("FIELDS", fields));
        Assert.Equal(2, response.Data.GetProperty("budgetPlans").GetProperty("nodes").GetArrayLength());
        return logs.Entries.Count(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.StartsWith("Executed DbCommand"));
    }

    private static async Task SubmitPlanAsync(GraphQLClient village, GraphQLClient regency, string villageCode, string nik)
    {
        var rosterId = await Roster.AddAndSubmitAsync(village, villageCode, nik);
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = rosterId })).ErrorCodes("approveSubmission"));
        var computed = await village.SendAsync("""
            mutation($v: String!) { computeBudgetPlan(input: { villageCode: $v, year: 2026 }) { budgetPlan { id } errors { code field } } }
            """, new { v = villageCode });
        Assert.Empty(Errors(computed, "computeBudgetPlan"));
        var planId = computed.Data.GetProperty("computeBudgetPlan").GetProperty("budgetPlan").GetProperty("id").GetString();
        var sent = await village.SendAsync("""
            mutation($id: ID!) { submitBudgetPlan(input: { planId: $id }) { submission { id } errors { code field } } }
            """, new { id = planId });
        Assert.Empty(Errors(sent, "submitBudgetPlan"));
    }
}
