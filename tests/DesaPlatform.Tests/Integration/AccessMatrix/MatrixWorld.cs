using System.Text;
using DesaPlatform.Access.Users;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.SampleData;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>
/// Data inside and outside every actor's scope: four villages (two in Sambas, one in Mempawah, one in a second
/// province), each with an operator, a person and a pending submission, and a monev meeting of its district with a
/// finding about the village and an overdue action the village owns; a 2026 funding policy of each village's regency.
/// </summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    public const string OtherProvinceVillage = "62.01.01.2001";

    private int _serial;

    public DesaApp App { get; } = new();
    public Dictionary<string, string> OperatorOf { get; } = new()
    {
        [Roster.DalamKaum] = "op.dalamkaum", [Roster.LubukDagang] = "op.lubukdagang", [Roster.Sengkubang] = "op.sengkubang",
        [OtherProvinceVillage] = "op.katingan",
    };
    public Dictionary<string, string> PersonIn { get; } = [];
    public Dictionary<string, string> SubmissionIn { get; } = [];
    public Dictionary<string, string> MeetingIn { get; } = [];
    public Dictionary<string, string> FindingIn { get; } = [];
    public Dictionary<string, string> ActionIn { get; } = [];
    public Dictionary<string, string> PlanIn { get; } = [];
    public Dictionary<string, string> PlanSubmissionIn { get; } = [];
    public Dictionary<string, string> BpjsResultIn { get; } = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        using (var scope = App.Services.CreateScope())
        {
            await AddOtherProvinceAsync(scope.ServiceProvider);
            await CreateUserAsync(scope, "op.katingan", UserRole.VillageOperator, OtherProvinceVillage);
        }
        foreach (var (village, operatorName) in OperatorOf)
        {
            var client = await App.SignInAsync(operatorName);
            var added = await client.SendAsync(Roster.AddPerson, Roster.Person(village, NextNik(village)));
            PersonIn[village] = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString()!;
            var submitted = await client.SendAsync(Roster.Submit, new { village });
            SubmissionIn[village] = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
        }
        await AddMonevAsync();
        await AddFundingPoliciesAsync();
        await AddBudgetPlansAsync();
        await AddBpjsResultsAsync();
    }

    /// <summary>A BPJS list of each village's regency finding the village's person active at BPJS but not covered, written as the system.</summary>
    private async Task AddBpjsResultsAsync()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        foreach (var village in OperatorOf.Keys)
        {
            var list = ParticipantList.Of(village[..5], new DateOnly(2026, 11, 30), "peserta.csv", village, [], 1, "system", DateTime.UtcNow);
            var entryId = db.People.Single(p => p.Id == Guid.Parse(PersonIn[village])).EntryId;
            var result = new ReconciliationRow
            {
                ListId = list.Id, RegionCode = village, Group = ReconciliationGroup.ActiveNotDeclared, Nik = "", EntryId = entryId, Kpj = "11110000001",
                Segment = DesaPlatform.Membership.Contracts.Scheme.Pu, Programs = "JKK,JKM", ActiveAtBpjs = true,
            };
            db.AddRange(list, result);
            BpjsResultIn[village] = result.Id.ToString();
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A 2026 budget plan of each village, sent to its regency, and of each of their regencies (its own APBD plan), sent
    /// to its province, written as the system: by region code.
    /// </summary>
    private async Task AddBudgetPlansAsync()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
        foreach (var region in OperatorOf.Keys.Concat(OperatorOf.Keys.Select(v => v[..5]).Distinct()))
        {
            var plan = new BudgetPlan { RegionCode = region, Year = 2026, Revision = 0 };
            plan.Take(new PlanBasis(new DateOnly(2026, 1, 1), [], [], []), "system", DateTime.UtcNow);
            var submission = new BudgetPlanSubmission
            {
                RegionCode = region, PlanId = plan.Id, Year = 2026, Revision = 0, Total = 0, SubmittedAt = DateTime.UtcNow, SubmittedBy = "system",
            };
            db.AddRange(plan, submission, submission.Submitted());
            (PlanIn[region], PlanSubmissionIn[region]) = (plan.Id.ToString(), submission.Id.ToString());
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A 2026 funding policy of each village's regency (the demo's kind), written as the system.</summary>
    private async Task AddFundingPoliciesAsync()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
        foreach (var regency in OperatorOf.Keys.Select(v => v[..5]).Distinct())
            db.FundingPolicies.Add(FundingPolicy.From(regency, 2026,
                new FundingPolicyValues("Perbup 1/2026", new DateOnly(2026, 1, 5), null, false, null, SampleFundingPolicies.Groups())));
        await db.SaveChangesAsync();
    }

    private async Task AddMonevAsync()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
        foreach (var village in OperatorOf.Keys)
        {
            var meeting = new MonevMeeting
            {
                RegionCode = village[..8], Date = new DateOnly(2025, 10, 14), Place = "Aula", Participants = "DPMD\nBPJS",
                RecordedBy = "system", RecordedAt = DateTime.UtcNow,
            };
            var finding = new MonevFinding
            {
                MeetingId = meeting.Id, RegionCode = village, Segment = MonevSegment.Bpd, ObstacleCode = "data_incomplete", Note = "Data BPD belum lengkap",
                RecordedBy = "system", RecordedAt = DateTime.UtcNow,
            };
            var action = new FollowUpAction
            {
                FindingId = finding.Id, RegionCode = village, What = "Lengkapi data BPD", Owner = ActionOwner.Village,
                DueDate = new DateOnly(2025, 11, 30), RecordedBy = "system", RecordedAt = DateTime.UtcNow,
            };
            db.AddRange(meeting, finding, action);
            (MeetingIn[village], FindingIn[village], ActionIn[village]) = (meeting.Id.ToString(), finding.Id.ToString(), action.Id.ToString());
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A second province (62, Kalimantan Tengah) with one regency, district and desa: <see cref="OtherProvinceVillage"/>.</summary>
    public static async Task AddOtherProvinceAsync(IServiceProvider services)
    {
        services.GetRequiredService<CurrentUser>().ActAsSystem();
        var province62 = "code,name,level,parent_code,kind\n62,Kalimantan Tengah,province,,\n62.01,Kabupaten Kotawaringin Barat,regency,62,kabupaten\n"
                         + "62.01.01,Kumai,district,62.01,\n62.01.01.2001,Sungai Tendang,village,62.01.01,desa\n";
        var report = await services.GetRequiredService<IRegionImporter>()
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(province62)), "province-62.csv", dryRun: false, CancellationToken.None);
        Assert.False(report.Refused);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    /// <summary>A valid NIK from the village's kecamatan, different on every call.</summary>
    public string NextNik(string village) => village[..8].Replace(".", "") + "010190" + $"{Interlocked.Increment(ref _serial):0000}";

    public string NextUserName() => $"matrix.{Interlocked.Increment(ref _serial)}";

    /// <summary>A throwaway village operator account, for calls that change an account.</summary>
    public async Task<string> FreshOperatorAsync(string village)
    {
        using var scope = App.Services.CreateScope();
        var userName = NextUserName();
        await CreateUserAsync(scope, userName, UserRole.VillageOperator, village);
        return userName;
    }

    /// <summary>A UCJ input of the region for a month no other call uses, written as the system: its id.</summary>
    public async Task<string> UcjInputInAsync(string regionCode)
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
        var input = UcjInput.From(regionCode, new DateOnly(2000, 1, 1).AddMonths(Interlocked.Increment(ref _serial)),
            new UcjValues(1, 1, 1, 10, "BPS Sakernas", new DateOnly(2026, 1, 1), null));
        db.UcjInputs.Add(input);
        await db.SaveChangesAsync();
        return input.Id.ToString();
    }

    private static async Task CreateUserAsync(IServiceScope scope, string userName, UserRole role, string regionCode)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        var result = await users.CreateAsync(new DesaUser { UserName = userName, FullName = userName, Role = role, RegionCode = regionCode }, DesaApp.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
