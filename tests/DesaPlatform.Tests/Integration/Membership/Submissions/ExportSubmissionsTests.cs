using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Submissions;

/// <summary>The inbox as a file: <c>/api/submissions/export</c>.</summary>
public sealed class ExportSubmissionsTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task The_inbox_exports_complete_and_within_scope()
    {
        var village = await app.SignInAsync("op.sengkubang");
        await RosterOps.AddAndSubmitAsync(village, RosterOps.Sengkubang, "6102015708800081");
        var mempawah = await app.SignInAsync("dpmd.mempawah");
        var inbox = await mempawah.Http.GetStringAsync("/api/submissions/export?status=submitted&format=csv");
        var lines = inbox.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kode_desa,status,diajukan,", lines[0]);
        Assert.Equal([RosterOps.Sengkubang], lines.Skip(1).Select(l => l.Split(',')[0]));
        var sambas = await app.SignInAsync("dpmd.sambas");
        Assert.DoesNotContain(RosterOps.Sengkubang, await sambas.Http.GetStringAsync("/api/submissions/export?format=csv"));
    }
}
