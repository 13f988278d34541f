using System.Net;
using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>A reset hands over a one-time password that ends every session and must be changed first.</summary>
public sealed class ResetPasswordTests(DesaApp app) : IClassFixture<DesaApp>
{
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
        var gated = await client.SendAsync(AccessApi.People);
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
        Assert.False((await after.SendAsync(AccessApi.People)).HasErrors);
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
