using System.Net;
using System.Text.Json;
using DesaPlatform.Budgeting.Plans;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Budgeting.Plans.PlanApi;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Plans;

/// <summary>
/// A village's budget plan: computed from its approved roster, its regency's policy and the rates; sent to the regency
/// through the one approval workflow, frozen when approved; a revised budget is a new revision.
/// </summary>
public sealed class BudgetPlanTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Compute = """
        mutation($v: String!) {
          computeBudgetPlan(input: { villageCode: $v, year: 2026 }) {
            budgetPlan { id revision total approvedAt members { fullName positionCode group } rates { rateId rateVersion }
              lines { activityCode accountCode group payer people months monthlyPremium total } previousLines { total } }
            errors { code field }
          }
        }
        """;

    private const string AdjustPlan = """
        mutation($i: AdjustBudgetPlanInput!) {
          adjustBudgetPlan(input: $i) { budgetPlan { total version lines { people note } computedLines { people } } errors { code field } }
        }
        """;

    private const string SubmitPlan = """
        mutation($id: ID!) { submitBudgetPlan(input: { planId: $id }) { submission { id status total revision } errors { code field } } }
        """;

    private const string ApprovePlan = """
        mutation($id: ID!) { approveBudgetPlan(input: { submissionId: $id }) { submission { status reviewedBy events { kind by } } errors { code field } } }
        """;

    private const string ReturnPlan = """
        mutation($id: ID!, $r: String!) { returnBudgetPlan(input: { submissionId: $id, reason: $r }) { submission { status reason } errors { code field } } }
        """;

    private static JsonElement Result(GraphQLResponse response, string field, string result) => response.Data.GetProperty(field).GetProperty(result);

    [Fact]
    public async Task A_decision_cancelled_midway_changes_nothing_and_can_be_taken_again()
    {
        var village = await app.SignInAsync("op.sengkubang");
        var regency = await app.SignInAsync("dpmd.mempawah");
        Assert.Empty((await regency.SendAsync(Set, Of("61.02"))).ErrorCodes("setFundingPolicy"));
        var roster = await Roster.AddAndSubmitAsync(village, Roster.Sengkubang, "6102015708900311");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = roster })).ErrorCodes("approveSubmission"));
        var planId = Result(await village.SendAsync(Compute, new { v = Roster.Sengkubang }), "computeBudgetPlan", "budgetPlan").GetProperty("id").GetString();
        var sent = Result(await village.SendAsync(SubmitPlan, new { id = planId }), "submitBudgetPlan", "submission").GetProperty("id").GetString();
        var submissionId = Guid.Parse(sent!);

        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            using var cancel = new CancellationTokenSource();
            var applied = false;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scope.ServiceProvider.GetRequiredService<PlanDecision>().DecideAsync(
                PlanLevel.Village, submissionId, ApprovalAction.Approve, null, (plan, at) =>
                {
                    applied = true;
                    plan.Approve(at);
                    cancel.Cancel();
                    return Task.FromResult<UserError?>(null);
                }, cancel.Token));
            Assert.True(applied);
        }

        var approved = await regency.SendAsync(ApprovePlan, new { id = sent });
        Assert.Empty(Errors(approved, "approveBudgetPlan"));
        var submission = Result(approved, "approveBudgetPlan", "submission");
        Assert.Equal("APPROVED", submission.GetProperty("status").GetString());
        Assert.Equal(["SUBMITTED", "APPROVED"], submission.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_plan_is_computed_from_the_approved_roster_sent_approved_and_revised_as_a_new_revision()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Equal([("BUDGET_PLAN_NO_POLICY", "year")], Errors(await village.SendAsync(Compute, new { v = Roster.DalamKaum }), "computeBudgetPlan"));
        Assert.Empty((await regency.SendAsync(Set, Of("61.01"))).ErrorCodes("setFundingPolicy"));
        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101015708900011", position: "kepala_desa"))).ErrorCodes("addPerson"));
        var submissionId = await Roster.AddAndSubmitAsync(village, nik: "6101015708900012");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));

        var computed = await village.SendAsync(Compute, new { v = Roster.DalamKaum });
        Assert.Empty(Errors(computed, "computeBudgetPlan"));
        var plan = Result(computed, "computeBudgetPlan", "budgetPlan");
        Assert.Equal(0, plan.GetProperty("revision").GetInt32());
        Assert.Equal(["kepala_desa", "kepala_dusun"], plan.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("positionCode").GetString()).Order());
        var lines = plan.GetProperty("lines").EnumerateArray().ToList();
        // Kepala desa: PU JKK 0.24 % + JKM 0.30 % of the siltap minimum 2,426,640 = 5,824 + 7,280 a month; BPD and ekosistem are not APBDes-paid here.
        var head = Assert.Single(lines, l => l.GetProperty("accountCode").GetString() == "5.1.3.03");
        Assert.Equal(("1.1.03", "KEPALA_DESA", "APBDES_ADD", 1, 12, 13_104m, 157_248m),
            (head.GetProperty("activityCode").GetString(), head.GetProperty("group").GetString(), head.GetProperty("payer").GetString(),
             head.GetProperty("people").GetInt32(), head.GetProperty("months").GetInt32(), head.GetProperty("monthlyPremium").GetDecimal(),
             head.GetProperty("total").GetDecimal()));
        var staff = Assert.Single(lines, l => l.GetProperty("accountCode").GetString() == "5.1.3.04");
        Assert.Equal(("PERANGKAT", 1, 12), (staff.GetProperty("group").GetString(), staff.GetProperty("people").GetInt32(), staff.GetProperty("months").GetInt32()));
        Assert.Equal(2, lines.Count);
        Assert.Equal(lines.Sum(l => l.GetProperty("total").GetDecimal()), plan.GetProperty("total").GetDecimal());
        Assert.Equal(2, plan.GetProperty("rates").GetArrayLength());
        var planId = plan.GetProperty("id").GetString();

        // A vacancy filled in July: one more perangkat for six months, said why; a changed line without a note is refused.
        object Lines(string? note) => new[]
        {
            new { accountCode = "5.1.3.03", group = "KEPALA_DESA", payer = "APBDES_ADD", people = 1, months = 12, monthlyPremium = 13_104m, note = (string?)null },
            new { accountCode = "5.1.3.04", group = "PERANGKAT", payer = "APBDES_ADD", people = 1, months = 12,
                monthlyPremium = staff.GetProperty("monthlyPremium").GetDecimal(), note = (string?)null },
            new { accountCode = "5.1.3.04", group = "PERANGKAT", payer = "APBDES_ADD", people = 1, months = 6,
                monthlyPremium = staff.GetProperty("monthlyPremium").GetDecimal(), note = note },
        };
        Assert.Equal([("BUDGET_PLAN_NOTE_REQUIRED", "lines.2.note")],
            Errors(await village.SendAsync(AdjustPlan, new { i = new { planId, version = 1, lines = Lines(null) } }), "adjustBudgetPlan"));
        Assert.Equal([("BUDGET_PLAN_CHANGED_MEANWHILE", "version")],
            Errors(await village.SendAsync(AdjustPlan, new { i = new { planId, version = 0, lines = Lines("Kaur baru Juli") } }), "adjustBudgetPlan"));
        var adjusted = Result(await village.SendAsync(AdjustPlan, new { i = new { planId, version = 1, lines = Lines("Kaur baru Juli") } }),
            "adjustBudgetPlan", "budgetPlan");
        Assert.Equal(plan.GetProperty("total").GetDecimal() + 6 * staff.GetProperty("monthlyPremium").GetDecimal(), adjusted.GetProperty("total").GetDecimal());
        Assert.Equal(2, adjusted.GetProperty("computedLines").GetArrayLength());
        plan = adjusted;

        var neighbour = await app.SignInAsync("op.lubukdagang");
        Assert.Equal(["NOT_FOUND"], (await neighbour.SendAsync(SubmitPlan, new { id = planId })).ErrorCodes("submitBudgetPlan"));
        var sent = await village.SendAsync(SubmitPlan, new { id = planId });
        Assert.Empty(Errors(sent, "submitBudgetPlan"));
        var sentId = Result(sent, "submitBudgetPlan", "submission").GetProperty("id").GetString();
        Assert.Equal(plan.GetProperty("total").GetDecimal(), Result(sent, "submitBudgetPlan", "submission").GetProperty("total").GetDecimal());
        Assert.Equal([("BUDGET_PLAN_WAITING", "planId")], Errors(await village.SendAsync(Compute, new { v = Roster.DalamKaum }), "computeBudgetPlan"));
        Assert.Contains(("BUDGET_PLAN_WAITING", Roster.DalamKaum, 2026), await NotificationsAsync(regency));
        Assert.Equal([("REASON_REQUIRED", "reason")], Errors(await regency.SendAsync(ReturnPlan, new { id = sentId, r = " " }), "returnBudgetPlan"));
        var mempawah = await app.SignInAsync("dpmd.mempawah");
        Assert.Equal([("NOT_FOUND", "submissionId")], Errors(await mempawah.SendAsync(ApprovePlan, new { id = sentId }), "approveBudgetPlan"));

        var approved = await regency.SendAsync(ApprovePlan, new { id = sentId });
        Assert.Empty(Errors(approved, "approveBudgetPlan"));
        Assert.DoesNotContain(await NotificationsAsync(regency), n => n.Kind == "BUDGET_PLAN_WAITING");
        Assert.Contains(("BUDGET_PLAN_APPROVED", Roster.DalamKaum, 2026), await NotificationsAsync(village));
        Assert.Equal(["SUBMITTED", "APPROVED"], Result(approved, "approveBudgetPlan", "submission").GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([("BUDGET_PLAN_APPROVED", "planId")], Errors(await village.SendAsync(SubmitPlan, new { id = planId }), "submitBudgetPlan"));

        Assert.Equal([("BUDGET_PLAN_APPROVED", "planId")],
            Errors(await village.SendAsync(AdjustPlan, new { i = new { planId, version = 3, lines = Lines("x") } }), "adjustBudgetPlan"));
        var viewer = await app.SignInAsync("viewer.sambas");
        var csv = (await (await viewer.Http.GetAsync($"/api/budget-plans/export?village={Roster.DalamKaum}&year=2026&format=csv")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kd_Keg,Kd_Rincian,Uraian,JmlSatuan,Satuan,HrgSatuan,Anggaran,SumberDana,Revisi,Status,TglStatus", csv[0]);
        Assert.StartsWith("1.1.03,5.1.3.03,Iuran jaminan sosial ketenagakerjaan Kepala Desa (1 orang × 12 bulan),12,OB,13104,157248,ADD,0,Disetujui,", csv[1]);
        Assert.Equal(4, csv.Length);
        Assert.EndsWith("Kaur baru Juli,6,OB," + staff.GetProperty("monthlyPremium").GetDecimal() + "," + 6 * staff.GetProperty("monthlyPremium").GetDecimal() + ",ADD",
            csv[3][..csv[3].LastIndexOf(",0,Disetujui,", StringComparison.Ordinal)]);
        var xlsx = await (await viewer.Http.GetAsync($"/api/budget-plans/export?village={Roster.DalamKaum}&year=2026&format=xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.Equal(HttpStatusCode.NotFound, (await mempawah.Http.GetAsync($"/api/budget-plans/export?village={Roster.DalamKaum}&year=2026&format=csv")).StatusCode);

        var revised = Result(await village.SendAsync(Compute, new { v = Roster.DalamKaum }), "computeBudgetPlan", "budgetPlan");
        Assert.Equal(1, revised.GetProperty("revision").GetInt32());
        var draft = await (await viewer.Http.GetAsync($"/api/budget-plans/export?village={Roster.DalamKaum}&year=2026&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(",1,Draf,", draft.Split("\r\n")[1]);
        Assert.Equal(plan.GetProperty("total").GetDecimal(), revised.GetProperty("previousLines").EnumerateArray().Sum(l => l.GetProperty("total").GetDecimal()));
        var audit = await regency.SendAsync("""{ auditTrail(where: { entity: { eq: "BudgetPlan" }, regionCode: { eq: "61.01.01.2001" } }) { nodes { action after } } }""");
        var entries = audit.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Added", "Added", "Modified", "Modified"], entries.Select(e => e.GetProperty("action").GetString()).Order());
        Assert.Contains(entries, e => e.GetProperty("after").GetString()!.Contains("Kaur baru Juli"));
        var found = await app.SignInAsync("viewer.sambas");
        var first = await found.SendAsync("query($v: String!) { budgetPlan(villageCode: $v, year: 2026, revision: 0) { approvedAt } }", new { v = Roster.DalamKaum });
        Assert.Equal(JsonValueKind.String, first.Data.GetProperty("budgetPlan").GetProperty("approvedAt").ValueKind);
    }
}
