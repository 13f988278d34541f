using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Account;

/// <summary>Changing one's own password ends the other sessions, not the one that changed it.</summary>
public sealed class ChangePasswordTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_portal_session_carries_on_after_its_own_password_change()
    {
        await app.AddAccountAsync("op.portal", UserRole.VillageOperator, Roster.DalamKaum);
        var regency = await app.SignInAsync("dpmd.sambas");
        var oneTime = (await regency.SendAsync(AccessApi.ResetPassword, new { userName = "op.portal" }))
            .Field("resetPassword").GetProperty("initialPassword").GetString()!;
        var portal = await app.SignInWithCookieAsync("op.portal", oneTime);
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", (await portal.SendAsync(AccessApi.People)).ErrorCode());

        var changed = await portal.SendAsync(AccessApi.ChangePassword, new { current = oneTime, @new = "Portal-Baru-2026" });
        Assert.Empty(changed.ErrorCodes("changePassword"));
        Assert.False((await portal.SendAsync(AccessApi.People)).HasErrors);
    }
}
