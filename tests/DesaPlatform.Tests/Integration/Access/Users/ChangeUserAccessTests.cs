using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>A new role or region stays within the caller's rights and ends the account's sessions.</summary>
public sealed class ChangeUserAccessTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_new_role_or_region_ends_the_sessions_and_stays_within_the_callers_rights()
    {
        await app.AddAccountAsync("op.pindah", UserRole.VillageOperator, Roster.DalamKaum);
        var moving = await app.SignInAsync("op.pindah");
        var regency = await app.SignInAsync("dpmd.sambas");

        var outOfReach = await regency.SendAsync(AccessApi.ChangeUserAccess, new { userName = "op.pindah", role = "VillageOperator", regionCode = Roster.Sengkubang });
        Assert.Equal(["UNKNOWN_REGION"], outOfReach.ErrorCodes("changeUserAccess"));
        var promoted = await regency.SendAsync(AccessApi.ChangeUserAccess, new { userName = "op.pindah", role = "RegencyStaff", regionCode = "61.01" });
        Assert.Equal(["ROLE_NOT_ALLOWED"], promoted.ErrorCodes("changeUserAccess"));
        Assert.Equal(Roster.DalamKaum, (await moving.SendAsync(AccessApi.Me)).Field("me").GetProperty("regionCode").GetString());

        var moved = await regency.SendAsync(AccessApi.ChangeUserAccess, new { userName = "op.pindah", role = "VillageOperator", regionCode = Roster.LubukDagang });
        Assert.Equal(Roster.LubukDagang, moved.Field("changeUserAccess").GetProperty("user").GetProperty("regionCode").GetString());
        Assert.Equal(JsonValueKind.Null, (await moving.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        var again = await app.SignInAsync("op.pindah");
        Assert.Equal(Roster.LubukDagang, (await again.SendAsync(AccessApi.Me)).Field("me").GetProperty("regionCode").GetString());
    }
}
