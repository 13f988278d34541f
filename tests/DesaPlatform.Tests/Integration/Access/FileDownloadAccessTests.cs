using System.Net;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access;

/// <summary>The file downloads ask what every GraphQL field asks: signed in, and the account's setup finished.</summary>
public sealed class FileDownloadAccessTests(DesaApp app) : IClassFixture<DesaApp>
{
    public static readonly TheoryData<string> Downloads = new()
    {
        "/api/regions/export?root=61.01&format=csv",
        "/api/roster/export?region=61.01.01.2002&format=csv",
        "/api/roster/template?format=csv",
        "/api/submissions/export?format=csv",
        "/api/audit/export?format=csv",
        "/api/lagging-villages/export?region=61.01&segment=BPD&kind=no-coverage&format=csv",
        "/api/ucj-inputs/template?format=csv",
        "/api/payments/template?format=csv",
        "/api/budget-plans/export?village=61.01.01.2001&year=2026&format=csv",
        "/api/budget-plans/export/regency?regency=61.01&year=2026&format=csv",
        "/api/budget-gap/export?region=61.01&year=2026&format=csv",
        "/api/target-cost/export?region=61.01&year=2026&bpdAs=bpu&jht=true&format=csv",
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Anonymous_callers_and_accounts_still_in_setup_are_refused_a_finished_account_is_served(string download)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(download)).StatusCode);

        var regency = await app.SignInAsync("dpmd.sambas");
        var userName = $"op.unduh{Guid.NewGuid():N}"[..16];
        var created = await regency.SendAsync(AccessApi.CreateUser,
            new { input = new { userName, fullName = "Operator Baru", role = "VillageOperator", regionCode = Roster.LubukDagang } });
        var inSetup = await app.SignInWithAsync(userName, created.Field("createUser").GetProperty("initialPassword").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await inSetup.Http.GetAsync(download)).StatusCode);

        // No budget plan exists here: past access, its exports answer 404 (nothing to write), never 401 or 403.
        Assert.Contains((await regency.Http.GetAsync(download)).StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }
}
