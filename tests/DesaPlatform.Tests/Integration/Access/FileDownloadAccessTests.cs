using System.Net;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access;

/// <summary>The file downloads ask what every GraphQL field asks: signed in, and the account's setup finished.</summary>
public sealed class FileDownloadAccessTests(DesaApp app) : IClassFixture<DesaApp>
{
    /// <summary>Each download, and an account it is served to.</summary>
    public static readonly TheoryData<string, string> Downloads = new()
    {
        { "/api/regions/export?root=61.01&format=csv", "dpmd.sambas" },
        { "/api/roster/export?region=61.01.01.2002&format=csv", "dpmd.sambas" },
        { "/api/roster/template?format=csv", "dpmd.sambas" },
        { "/api/submissions/export?format=csv", "dpmd.sambas" },
        { "/api/audit/export?format=csv", "dpmd.sambas" },
        { "/api/lagging-villages/export?region=61.01&segment=BPD&kind=no-coverage&format=csv", "dpmd.sambas" },
        { "/api/ucj-inputs/template?format=csv", "dpmd.sambas" },
        { "/api/payments/template?format=csv", "dpmd.sambas" },
        { "/api/budget-plans/export?village=61.01.01.2001&year=2026&format=csv", "dpmd.sambas" },
        { "/api/budget-plans/export/regency?regency=61.01&year=2026&format=csv", "dpmd.sambas" },
        { "/api/budget-gap/export?region=61.01&year=2026&format=csv", "dpmd.sambas" },
        { "/api/target-cost/export?region=61.01&year=2026&bpdAs=bpu&jht=true&format=csv", "dpmd.sambas" },
        { "/api/bpjs-participants/template?format=csv", "bpjs.sambas" },
        { "/api/bpjs-reconciliation/export?region=61.01&format=csv", "bpjs.sambas" },
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Anonymous_callers_and_accounts_still_in_setup_are_refused_a_finished_account_is_served(string download, string servedTo)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(download)).StatusCode);

        var regency = await app.SignInAsync("dpmd.sambas");
        var userName = $"op.unduh{Guid.NewGuid():N}"[..16];
        var created = await regency.SendAsync(AccessApi.CreateUser,
            new { input = new { userName, fullName = "Operator Baru", role = "VillageOperator", regionCode = Roster.LubukDagang } });
        var inSetup = await app.SignInWithAsync(userName, created.Field("createUser").GetProperty("initialPassword").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await inSetup.Http.GetAsync(download)).StatusCode);

        // No budget plan or BPJS list exists here: past access, their exports answer 404 (nothing to write), never 401 or 403.
        var served = await app.SignInAsync(servedTo);
        Assert.Contains((await served.Http.GetAsync(download)).StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }
}
