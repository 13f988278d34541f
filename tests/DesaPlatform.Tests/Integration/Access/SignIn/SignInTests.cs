using System.Net;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.SignIn;

/// <summary>Sign-in: lockout after wrong passwords, and the record of the last sign-in.</summary>
public sealed class SignInTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_an_administrator_lifts_it()
    {
        await app.AddAccountAsync("op.terkunci", UserRole.VillageOperator, Roster.DalamKaum);
        for (var attempt = 0; attempt < 5; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.terkunci", "Salah-Sandi-99")).StatusCode);

        var locked = await app.LoginAsync("op.terkunci", DesaApp.Password);
        var unknown = await app.LoginAsync("tidak.ada", DesaApp.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await locked.Content.ReadAsStringAsync());

        var regency = await app.SignInAsync("dpmd.sambas");
        var lockedOut = await regency.SendAsync("""{ users(where: { status: { eq: LOCKED_OUT } }) { nodes { userName status } } }""");
        Assert.Equal("""[{"userName":"op.terkunci","status":"LOCKED_OUT"}]""", lockedOut.Field("users").GetProperty("nodes").GetRawText());
        var active = await regency.SendAsync("""{ users(where: { status: { eq: ACTIVE } }, first: 200) { nodes { userName } } }""");
        Assert.DoesNotContain("op.terkunci", active.Field("users").GetRawText());

        await regency.SendAsync(AccessApi.EnableUser, new { userName = "op.terkunci" });
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync("op.terkunci", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_sent_in_parallel_all_count()
    {
        await app.AddAccountAsync("op.serbuan", UserRole.VillageOperator, Roster.DalamKaum);

        await Task.WhenAll(Enumerable.Range(1, 5).Select(guess => app.LoginAsync("op.serbuan", $"Salah-Sandi-{guess}")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.serbuan", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Sign_in_is_recorded_and_demo_accounts_need_no_setup()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var me = (await province.SendAsync(AccessApi.Me)).Field("me");
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.False(me.GetProperty("twoFactorRequired").GetBoolean());
        var account = await province.SendAsync("""{ user(userName: "op.dalamkaum") { lastSignInAt } }""");
        var before = account.Field("user").GetProperty("lastSignInAt");
        await app.SignInAsync("op.dalamkaum");
        var after = (await province.SendAsync("""{ user(userName: "op.dalamkaum") { lastSignInAt } }""")).Field("user").GetProperty("lastSignInAt");
        Assert.EndsWith("Z", after.GetString());
        Assert.NotEqual(before.ToString(), after.ToString());
    }
}
