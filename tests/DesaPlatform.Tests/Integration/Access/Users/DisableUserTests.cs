using System.Net;
using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>Disabling takes effect at once, on tokens and cookies alike; enabling gives the account back.</summary>
public sealed class DisableUserTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_disabled_account_loses_its_sessions_at_once_and_cannot_sign_in_until_enabled()
    {
        await app.AddAccountAsync("op.nonaktif", UserRole.VillageOperator, Roster.DalamKaum);
        var bearer = await app.SignInAsync("op.nonaktif");
        var cookie = await app.SignInWithCookieAsync("op.nonaktif", DesaApp.Password);
        Assert.False((await bearer.SendAsync(AccessApi.People)).HasErrors);
        var regency = await app.SignInAsync("dpmd.sambas");

        var disabled = await regency.SendAsync(AccessApi.DisableUser, new { userName = "op.nonaktif" });
        Assert.Equal("DISABLED", disabled.Field("disableUser").GetProperty("user").GetProperty("status").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await bearer.SendAsync(AccessApi.People)).ErrorCode());
        Assert.Equal(JsonValueKind.Null, (await bearer.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await cookie.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        var refused = await app.LoginAsync("op.nonaktif", DesaApp.Password);
        var wrongPassword = await app.LoginAsync("op.dalamkaum", "salah-sekali");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync());

        var enabled = await regency.SendAsync(AccessApi.EnableUser, new { userName = "op.nonaktif" });
        Assert.Equal("ACTIVE", enabled.Field("enableUser").GetProperty("user").GetProperty("status").GetString());
        var back = await app.SignInAsync("op.nonaktif");
        Assert.False((await back.SendAsync(AccessApi.People)).HasErrors);
    }
}
