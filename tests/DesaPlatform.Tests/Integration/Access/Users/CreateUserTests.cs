using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>An account is created only with a role and region the caller may give, and with a one-time password.</summary>
public sealed class CreateUserTests(DesaApp app) : IClassFixture<DesaApp>
{
    private static object NewUser(string userName, string role, string regionCode) =>
        new { input = new { userName, fullName = "Pengguna Baru", role, regionCode, email = "baru@desa.id" } };

    [Theory]
    [InlineData("RegencyStaff", "61.01")]
    [InlineData("ProvinceAdmin", "61")]
    [InlineData("Viewer", "61.01")]
    public async Task Regency_staff_give_no_role_but_village_operator(string role, string regionCode)
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var created = await regency.SendAsync(AccessApi.CreateUser, NewUser($"baru.{role.ToLowerInvariant()}", role, regionCode));
        Assert.Equal(["ROLE_NOT_ALLOWED"], created.ErrorCodes("createUser"));
        Assert.Equal(JsonValueKind.Null, created.Field("createUser").GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task Regency_staff_create_operators_for_their_own_villages_only()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var elsewhere = await regency.SendAsync(AccessApi.CreateUser, NewUser("op.lain", "VillageOperator", Roster.Sengkubang));
        Assert.Equal(["UNKNOWN_REGION"], elsewhere.ErrorCodes("createUser"));
        var named = elsewhere.Field("createUser").GetProperty("errors")[0].GetProperty("values")[0];
        Assert.Equal(("region", Roster.Sengkubang), (named.GetProperty("name").GetString(), named.GetProperty("value").GetString()));
        var notAVillage = await regency.SendAsync(AccessApi.CreateUser, NewUser("op.kecamatan", "VillageOperator", "61.01.01"));
        Assert.Equal(["ROLE_REGION_MISMATCH"], notAVillage.ErrorCodes("createUser"));

        var created = await regency.SendAsync(AccessApi.CreateUser, NewUser("Op.Baru", "VillageOperator", Roster.LubukDagang));
        Assert.Empty(created.ErrorCodes("createUser"));
        var user = created.Field("createUser").GetProperty("user");
        Assert.Equal("op.baru", user.GetProperty("userName").GetString());
        Assert.Equal("ACTIVE", user.GetProperty("status").GetString());
        Assert.True(user.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal("Lubuk Dagang", user.GetProperty("region").GetProperty("name").GetString());
        var password = created.Field("createUser").GetProperty("initialPassword").GetString()!;
        var operatorClient = await app.SignInWithAsync("op.baru", password);
        Assert.True((await operatorClient.SendAsync(AccessApi.Me)).Field("me").GetProperty("mustChangePassword").GetBoolean());

        var again = await regency.SendAsync(AccessApi.CreateUser, NewUser("op.baru", "VillageOperator", Roster.LubukDagang));
        Assert.Equal(["USER_NAME_TAKEN"], again.ErrorCodes("createUser"));
    }

    [Theory]
    [InlineData("RegencyStaff", "62.01", "UNKNOWN_REGION")]
    [InlineData("VillageOperator", "63.01.01.2001", "UNKNOWN_REGION")]
    [InlineData("RegencyStaff", "61.01.01", "ROLE_REGION_MISMATCH")]
    [InlineData("ProvinceAdmin", "61.01", "ROLE_REGION_MISMATCH")]
    public async Task Province_admins_give_accounts_inside_the_province_on_the_right_level(string role, string regionCode, string code)
    {
        var province = await app.SignInAsync("admin.kalbar");
        var created = await province.SendAsync(AccessApi.CreateUser, NewUser("baru.luar", role, regionCode));
        Assert.Equal([code], created.ErrorCodes("createUser"));
    }

    [Fact]
    public async Task Bad_fields_are_named()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var created = await province.SendAsync(AccessApi.CreateUser, new
        {
            input = new { userName = "x", fullName = " ", role = "Viewer", regionCode = "61", email = "bukan-email", phoneNumber = "12ab" },
        });
        var fields = created.Field("createUser").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.Equal(["userName", "fullName", "email", "phoneNumber"], fields);
    }
}
