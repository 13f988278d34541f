using System.Net;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;

namespace DesaPlatform.Tests.Integration.Audit;

/// <summary>The audit page's export is every entry its search finds, not the page on screen; for the audit's readers only.</summary>
public sealed class AuditExportTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task The_export_holds_every_matching_entry_of_the_scope_newest_first()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        for (var i = 0; i < 60; i++)
            Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, $"61010117089{i:00000}", "ketua_rt"))).ErrorCodes("addPerson"));
        var regency = await app.SignInAsync("dpmd.sambas");
        var total = await regency.SendAsync("""{ auditTrail(where: { entity: { eq: "Person" }, userName: { eq: "op.lubukdagang" } }) { totalCount } }""");
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");

        var response = await regency.Http.GetAsync($"/api/audit/export?user=LUBUKDAGANG&entity=person&from={today}&to={today}&format=csv");

        response.EnsureSuccessStatusCode();
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("waktu,pengguna,peran,cakupan,modul,entitas", lines[0]);
        Assert.Equal(total.Data.GetProperty("auditTrail").GetProperty("totalCount").GetInt32(), lines.Length - 1);
        Assert.True(lines.Length - 1 >= 60);
        Assert.All(lines.Skip(1), line => Assert.Contains(",op.lubukdagang,VillageOperator,", line));
        Assert.EndsWith("WIB", lines[1].Split(',')[0]);
    }

    [Fact]
    public async Task Outside_the_readers_roles_the_export_is_refused_and_a_bad_date_is_named()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        Assert.Equal(HttpStatusCode.Forbidden, (await village.Http.GetAsync("/api/audit/export?format=csv")).StatusCode);
        var viewer = await app.SignInAsync("bpjs.kalbar");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.GetAsync("/api/audit/export?format=csv")).StatusCode);

        var province = await app.SignInAsync("admin.kalbar");
        var bad = await province.Http.GetAsync("/api/audit/export?from=31-12-2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'from' is not a date", await bad.Content.ReadAsStringAsync());
    }
}
