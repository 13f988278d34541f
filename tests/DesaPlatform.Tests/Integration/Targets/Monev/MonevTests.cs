using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Contracts;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Targets.Monev.MonevApi;

namespace DesaPlatform.Tests.Integration.Targets.Monev;

/// <summary>
/// A monev meeting as the province holds it: recorded by the province or regency, its findings read by the desa they
/// are about, follow-ups updated by the desa when it owns them, overdue ones surfacing; every step audited.
/// </summary>
public sealed class MonevTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_meeting_its_finding_and_action_are_recorded_and_the_desa_reports_progress()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var village = await app.SignInAsync("op.dalamkaum");
        var (meeting, _, action) = await RecordAsync(province);

        var seen = (await village.SendAsync(Findings, new { v = Roster.DalamKaum })).Nodes("monevFindings");
        var finding = seen.EnumerateArray().Single(f => f.GetProperty("actions")[0].GetProperty("id").GetString() == action);
        // The meeting was held for Sambas, above the desa's scope: the desa sees the finding, not the meeting.
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("meeting").ValueKind);

        var noted = await village.SendAsync(AddNote, new { i = new { actionId = action, note = "Diusulkan dalam musdes 2 November" } });
        Assert.Empty(noted.ErrorCodes("addActionNote"));
        var moved = await village.SendAsync(ChangeStatus, new { i = new { actionId = action, status = "IN_PROGRESS" } });
        Assert.Empty(moved.ErrorCodes("changeActionStatus"));

        var read = (await province.SendAsync(MeetingQuery, new { id = meeting })).Data.GetProperty("monevMeeting");
        Assert.Equal("61.01", read.GetProperty("regionCode").GetString());
        Assert.Equal("Kepala DPMD\nBPJS Ketenagakerjaan Cabang Singkawang", read.GetProperty("participants").GetString());
        var readFinding = read.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(("BPD", "apbdes_budget", true), (readFinding.GetProperty("segment").GetString(),
            readFinding.GetProperty("obstacle").GetProperty("code").GetString(), readFinding.GetProperty("isOpen").GetBoolean()));
        var readAction = readFinding.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal(("VILLAGE", "2026-11-30", "IN_PROGRESS"), (readAction.GetProperty("owner").GetString(),
            readAction.GetProperty("dueDate").GetString(), readAction.GetProperty("status").GetString()));
        var updates = readAction.GetProperty("updates").EnumerateArray()
            .Select(u => (u.GetProperty("by").GetString(), u.GetProperty("note").GetString(), u.GetProperty("status").GetString())).ToList();
        Assert.Equal([("op.dalamkaum", "Diusulkan dalam musdes 2 November", null), ("op.dalamkaum", null, "IN_PROGRESS")], updates);
    }

    [Fact]
    public async Task A_desa_operator_updates_only_the_actions_its_desa_owns()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var village = await app.SignInAsync("op.dalamkaum");
        var (_, _, action) = await RecordAsync(regency, owner: "REGENCY_DPMD");

        var noted = await village.SendAsync(AddNote, new { i = new { actionId = action, note = "Sudah kami tanyakan" } });
        var moved = await village.SendAsync(ChangeStatus, new { i = new { actionId = action, status = "DONE" } });
        var byRegency = await regency.SendAsync(ChangeStatus, new { i = new { actionId = action, status = "DONE", note = "Surat edaran terbit" } });

        Assert.Equal(["ACTION_NOT_OWNED"], noted.ErrorCodes("addActionNote"));
        Assert.Equal(["ACTION_NOT_OWNED"], moved.ErrorCodes("changeActionStatus"));
        Assert.Empty(byRegency.ErrorCodes("changeActionStatus"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_an_Indonesian_message_naming_the_field()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var blank = await regency.SendAsync(RecordMeeting, new { i = new { regionCode = "61.01", date = "2026-10-14", place = " ", participants = "" } });
        var errors = blank.Data.GetProperty("recordMonevMeeting").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal([("REQUIRED", "place", "Tempat rapat wajib diisi."), ("REQUIRED", "participants", "Peserta rapat wajib diisi.")], errors);
        Assert.Equal(["UNKNOWN_REGION"], (await regency.SendAsync(RecordMeeting, NewMeeting("61.02"))).ErrorCodes("recordMonevMeeting"));

        var (meeting, finding, _) = await RecordAsync(regency);
        var (province, other) = (await app.SignInAsync("admin.kalbar"), "61.01.01.2002");
        var provinceMeeting = (await province.SendAsync(RecordMeeting, NewMeeting("61.01.01"))).Id("recordMonevMeeting", "meeting");
        Assert.Equal(["VILLAGE_OUTSIDE_MEETING"],
            (await province.SendAsync(AddFinding, Finding(provinceMeeting, Roster.Sengkubang))).ErrorCodes("addMonevFinding"));
        Assert.Empty((await province.SendAsync(AddFinding, Finding(provinceMeeting, other))).ErrorCodes("addMonevFinding"));
        Assert.Equal(["UNKNOWN_OBSTACLE"], (await regency.SendAsync(AddFinding, Finding(meeting, obstacle: "tidak_ada"))).ErrorCodes("addMonevFinding"));
        Assert.Equal(["REQUIRED"], (await regency.SendAsync(AddAction, Action(finding, "OTHER"))).ErrorCodes("addFollowUpAction"));
        var named = await regency.SendAsync(AddAction, Action(finding, "OTHER", ownerName: "Camat Sambas"));
        Assert.Equal("Camat Sambas", named.Data.GetProperty("addFollowUpAction").GetProperty("action").GetProperty("ownerName").GetString());
    }

    [Fact]
    public async Task Overdue_actions_surface_in_the_list_and_the_notifications_until_done()
    {
        var clock = new SettableClock(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var viewer = await host.SignInWithAsync("viewer.sambas", DesaApp.Password);
        var (_, _, late) = await RecordAsync(regency, due: "2026-11-30");
        var (_, _, dueToday) = await RecordAsync(regency, due: "2026-12-01");

        var overdue = (await viewer.SendAsync(Overdue, new { r = "61.01" })).Nodes("overdueActions").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains(late, overdue);
        Assert.DoesNotContain(dueToday, overdue);
        Assert.Contains("ACTION_OVERDUE", await KindsAsync(village));
        Assert.Contains("ACTION_OVERDUE", await KindsAsync(regency));
        Assert.DoesNotContain("ACTION_OVERDUE", await KindsAsync(viewer));

        foreach (var action in (await viewer.SendAsync(Overdue, new { r = "61.01" })).Nodes("overdueActions").EnumerateArray())
            Assert.Empty((await regency.SendAsync(ChangeStatus, new { i = new { actionId = action.GetProperty("id").GetString(), status = "DONE" } }))
                .ErrorCodes("changeActionStatus"));
        Assert.Equal(0, (await viewer.SendAsync(Overdue, new { r = "61.01" })).Data.GetProperty("overdueActions").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("ACTION_OVERDUE", await KindsAsync(village));
    }

    [Fact]
    public async Task A_finding_is_open_until_every_action_is_done_or_dropped()
    {
        var regency = await app.SignInAsync("dpmd.mempawah");
        var meeting = (await regency.SendAsync(RecordMeeting, NewMeeting("61.02"))).Id("recordMonevMeeting", "meeting");
        var finding = (await regency.SendAsync(AddFinding, Finding(meeting, Roster.Sengkubang))).Id("addMonevFinding", "finding");
        Assert.Equal(1, await OpenCountAsync(Roster.Sengkubang));
        // Kelurahan Tanjung has no village government: no finding, so nothing to count either.
        Assert.Equal(["NOT_A_DESA"], (await regency.SendAsync(AddFinding, Finding(meeting, "61.02.01.1006"))).ErrorCodes("addMonevFinding"));

        var first = (await regency.SendAsync(AddAction, Action(finding))).Id("addFollowUpAction", "action");
        var second = (await regency.SendAsync(AddAction, Action(finding, "BPJS_BRANCH"))).Id("addFollowUpAction", "action");
        await regency.SendAsync(ChangeStatus, new { i = new { actionId = first, status = "DONE" } });
        Assert.Equal(1, await OpenCountAsync(Roster.Sengkubang));
        await regency.SendAsync(ChangeStatus, new { i = new { actionId = second, status = "DROPPED", note = "Diganti sosialisasi bersama" } });
        Assert.Equal(0, await OpenCountAsync(Roster.Sengkubang));
    }

    [Fact]
    public async Task A_province_adds_obstacles_for_itself_and_every_write_is_audited()
    {
        var province = await app.SignInAsync("admin.kalbar");
        const string Add = "mutation($i: AddObstacleInput!) { addObstacle(input: $i) { obstacle { code regionCode isBuiltIn } errors { code field } } }";
        var added = await province.SendAsync(Add, new { i = new { nameId = "Kepala desa baru dilantik", nameEn = "Newly installed village head" } });
        var code = added.Data.GetProperty("addObstacle").GetProperty("obstacle").GetProperty("code").GetString();
        Assert.Equal(["OBSTACLE_EXISTS"], (await province.SendAsync(Add, new { i = new { nameId = "kepala desa baru dilantik", nameEn = "x" } })).ErrorCodes("addObstacle"));
        Assert.Equal(["OBSTACLE_EXISTS"], (await province.SendAsync(Add, new { i = new { nameId = "Lainnya", nameEn = "Other" } })).ErrorCodes("addObstacle"));

        var codes = async (string user) => (await (await app.SignInAsync(user)).SendAsync("{ obstacles { code } }")).Data.GetProperty("obstacles")
            .EnumerateArray().Select(o => o.GetProperty("code").GetString()).ToList();
        Assert.Contains(code, await codes("op.sengkubang"));
        Assert.Equal(8, (await codes("op.sengkubang")).Count(c => c == code || !c!.StartsWith("61_")));

        var (meeting, _, action) = await RecordAsync(province);
        await province.SendAsync(AddNote, new { i = new { actionId = action, note = "Dipantau" } });
        const string Trail = "query($e: String!) { auditTrail(where: { entity: { eq: $e } }) { nodes { entityId module userName } } }";
        foreach (var entity in new[] { "Obstacle", "MonevMeeting", "MonevFinding", "FollowUpAction", "ActionUpdate" })
        {
            var nodes = (await province.SendAsync(Trail, new { e = entity })).Nodes("auditTrail").EnumerateArray().ToList();
            Assert.Contains(nodes, n => n.GetProperty("module").GetString() == "targets" && n.GetProperty("userName").GetString() == "admin.kalbar");
        }
        Assert.Contains((await province.SendAsync(Trail, new { e = "MonevMeeting" })).Nodes("auditTrail").EnumerateArray(),
            n => n.GetProperty("entityId").GetString() == meeting);
    }

    private static async Task<List<string?>> KindsAsync(GraphQLClient client) =>
        (await client.SendAsync("{ notifications { kind } }")).Data.GetProperty("notifications").EnumerateArray()
        .Select(n => n.GetProperty("kind").GetString()).ToList();

    private async Task<int> OpenCountAsync(string village)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn("dpmd.mempawah", UserRole.RegencyStaff, "61.02");
        var counts = await scope.ServiceProvider.GetRequiredService<IOpenFindings>().CountByVillageAsync([village], CancellationToken.None);
        return counts.GetValueOrDefault(village);
    }
}
