using System.Net;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DesaPlatform.Tests.Integration.Access.Seeding;

/// <summary>A lost demo password is replaced by starting again with DESA_DEMO_PASSWORD set (README, "Run it").</summary>
public sealed class DemoPasswordTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Starting_with_a_chosen_password_gives_it_to_the_demo_accounts_that_already_exist()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync("op.dalamkaum", DesaApp.Password)).StatusCode);
        const string chosen = "Pilihan-Baru-2027!";

        await using var restarted = app.WithWebHostBuilder(host => host.UseSetting("DESA_DEMO_PASSWORD", chosen));

        foreach (var (userName, _, _, _) in DesaPlatform.Access.Seeding.DemoAccounts.All)
        {
            Assert.Equal(HttpStatusCode.OK, (await restarted.LoginAsync(userName, chosen)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await restarted.LoginAsync(userName, DesaApp.Password)).StatusCode);
        }
    }
}
