using System.Net;
using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access;

/// <summary>Disabling, enabling, password resets and lockout take effect at once, on tokens and cookies alike.</summary>
public sealed class AccountLifecycleTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string People = "{ people { totalCount } }";

    [Fact]
    public async Task A_disabled_account_loses_its_sessions_at_once_and_cannot_sign_in_until_enabled()
    {
        await app.AddAccountAsync("op.nonaktif", UserRole.VillageOperator, Roster.DalamKaum);
        var bearer = await app.SignInAsync("op.nonaktif");
        var cookie = await app.SignInWithCookieAsync("op.nonaktif", DesaApp.Password);
        Assert.False((await bearer.SendAsync(People)).HasErrors);
        var regency = await app.SignInAsync("dpmd.sambas");

        var disabled = await regency.SendAsync(AccessApi.DisableUser, new { userName = "op.nonaktif" });
        Assert.Equal("DISABLED", disabled.Field("disableUser").GetProperty("user").GetProperty("status").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await bearer.SendAsync(People)).ErrorCode());
        Assert.Equal(JsonValueKind.Null, (await bearer.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await cookie.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        var refused = await app.LoginAsync("op.nonaktif", DesaApp.Password);
        var wrongPassword = await app.LoginAsync("op.dalamkaum", "salah-sekali");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync());

        var enabled = await regency.SendAsync(AccessApi.EnableUser, new { userName = "op.nonaktif" });
        Assert.Equal("ACTIVE", enabled.Field("enableUser").GetProperty("user").GetProperty("status").GetString());
        var back = await app.SignInAsync("op.nonaktif");
        Assert.False((await back.SendAsync(People)).HasErrors);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_must_be_changed_before_anything_else()
    {
        await app.AddAccountAsync("op.lupa", UserRole.VillageOperator, Roster.LubukDagang);
        var before = await app.SignInAsync("op.lupa");
        var regency = await app.SignInAsync("dpmd.sambas");

        var reset = await regency.SendAsync(AccessApi.ResetPassword, new { userName = "op.lupa" });
        Assert.True(reset.Field("resetPassword").GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        var oneTime = reset.Field("resetPassword").GetProperty("initialPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.lupa", DesaApp.Password)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await before.SendAsync(AccessApi.Me)).Field("me").ValueKind);

        var client = await app.SignInWithAsync("op.lupa", oneTime);
        Assert.True((await client.SendAsync(AccessApi.Me)).Field("me").GetProperty("mustChangePassword").GetBoolean());
        var gated = await client.SendAsync(People);
        Assert.Equal(HttpStatusCode.BadRequest, gated.Status);
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", gated.ErrorCode());
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", (await client.SendAsync(Roster.Submit, new { village = Roster.LubukDagang })).ErrorCode());

        var same = await client.SendAsync(AccessApi.ChangePassword, new { current = oneTime, @new = oneTime });
        Assert.Equal(["SAME_PASSWORD"], same.ErrorCodes("changePassword"));
        var weak = await client.SendAsync(AccessApi.ChangePassword, new { current = oneTime, @new = "pendek" });
        Assert.Contains("PASSWORD_TOO_SHORT", weak.ErrorCodes("changePassword"));
        var wrong = await client.SendAsync(AccessApi.ChangePassword, new { current = "bukan-ini-1A", @new = "Baru-Sekali-2026" });
        Assert.Equal(["WRONG_PASSWORD"], wrong.ErrorCodes("changePassword"));

        var changed = await client.SendAsync(AccessApi.ChangePassword, new { current = oneTime, @new = "Baru-Sekali-2026" });
        Assert.False(changed.Field("changePassword").GetProperty("me").GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.lupa", oneTime)).StatusCode);
        var after = await app.SignInWithAsync("op.lupa", "Baru-Sekali-2026");
        Assert.False((await after.SendAsync(People)).HasErrors);
    }

    [Fact]
    public async Task A_portal_session_carries_on_after_its_own_password_change()
    {
        await app.AddAccountAsync("op.portal", UserRole.VillageOperator, Roster.DalamKaum);
        var regency = await app.SignInAsync("dpmd.sambas");
        var oneTime = (await regency.SendAsync(AccessApi.ResetPassword, new { userName = "op.portal" }))
            .Field("resetPassword").GetProperty("initialPassword").GetString()!;
        var portal = await app.SignInWithCookieAsync("op.portal", oneTime);
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", (await portal.SendAsync(People)).ErrorCode());

        var changed = await portal.SendAsync(AccessApi.ChangePassword, new { current = oneTime, @new = "Portal-Baru-2026" });
        Assert.Empty(changed.ErrorCodes("changePassword"));
        Assert.False((await portal.SendAsync(People)).HasErrors);
    }

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

    [Fact]
    public async Task One_time_passwords_satisfy_the_password_policy()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        var user = new DesaUser { UserName = "op.contoh" };
        for (var i = 0; i < 200; i++)
        {
            var password = OneTimePasswords.Generate();
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, user, password)).Succeeded, password);
        }
    }
}
