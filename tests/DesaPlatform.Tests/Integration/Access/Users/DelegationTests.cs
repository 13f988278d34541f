using System.Net;
using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>Nobody gives a role or a region wider than their own, or sees or manages accounts outside their region.</summary>
public sealed class DelegationTests(DesaApp app) : IClassFixture<DesaApp>
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

    [Fact]
    public async Task Regency_staff_neither_see_nor_manage_another_regencys_accounts()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var read = await regency.SendAsync("""
            { user(userName: "op.sengkubang") { userName } users(first: 200) { nodes { userName regionCode } } }
            """);
        Assert.Equal(JsonValueKind.Null, read.Field("user").ValueKind);
        var visible = read.Field("users").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(visible, u => Assert.StartsWith("61.01", u.GetProperty("regionCode").GetString()));
        Assert.Contains(visible, u => u.GetProperty("userName").GetString() == "op.dalamkaum");

        var other = new { userName = "op.sengkubang" };
        Assert.Equal(["NOT_FOUND"], (await regency.SendAsync(AccessApi.DisableUser, other)).ErrorCodes("disableUser"));
        Assert.Equal(["NOT_FOUND"], (await regency.SendAsync(AccessApi.EnableUser, other)).ErrorCodes("enableUser"));
        Assert.Equal(["NOT_FOUND"], (await regency.SendAsync(AccessApi.ResetPassword, other)).ErrorCodes("resetPassword"));
        var move = new { userName = "op.sengkubang", role = "VillageOperator", regionCode = Roster.DalamKaum };
        Assert.Equal(["NOT_FOUND"], (await regency.SendAsync(AccessApi.ChangeUserAccess, move)).ErrorCodes("changeUserAccess"));
        Assert.Equal(["NOT_FOUND"], (await regency.SendAsync(AccessApi.DisableUser, new { userName = "admin.kalbar" })).ErrorCodes("disableUser"));
    }

    [Fact]
    public async Task The_users_list_filters_and_sorts_like_every_list()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var viewers = await regency.SendAsync("{ users(where: { role: { in: [Viewer, ProvinceAdmin] } }) { nodes { userName } } }");
        Assert.Equal("""[{"userName":"viewer.sambas"}]""", viewers.Field("users").GetProperty("nodes").GetRawText());
        var byName = await regency.SendAsync("""{ users(where: { fullName: { contains: "DALAM KAUM" } }) { nodes { userName } } }""");
        Assert.Equal("""[{"userName":"op.dalamkaum"}]""", byName.Field("users").GetProperty("nodes").GetRawText());
        var villages = await regency.SendAsync("""
            { users(where: { regionCode: { startsWith: "61.01.01." } }, order: [{ userName: DESC }]) { nodes { userName } } }
            """);
        var names = villages.Field("users").GetProperty("nodes").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("op.dalamkaum", names);
        Assert.Contains("op.lubukdagang", names);
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Regency_staff_see_but_do_not_manage_other_roles_of_their_regency()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var viewer = await regency.SendAsync(AccessApi.UserByName, new { userName = "viewer.sambas" });
        Assert.Equal("ACTIVE", viewer.Field("user").GetProperty("status").GetString());
        var disabled = await regency.SendAsync(AccessApi.DisableUser, new { userName = "viewer.sambas" });
        Assert.Equal(["ROLE_NOT_ALLOWED"], disabled.ErrorCodes("disableUser"));
        var own = await regency.SendAsync(AccessApi.DisableUser, new { userName = "dpmd.sambas" });
        Assert.Equal(["OWN_ACCOUNT"], own.ErrorCodes("disableUser"));
    }

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

    public static TheoryData<string, string> ReadersAndAdministratorFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var userName in new[] { "op.dalamkaum", "bpjs.kalbar", "viewer.sambas" })
        foreach (var document in AdministratorDocuments)
            data.Add(userName, document);
        return data;
    }

    private static readonly string[] AdministratorDocuments =
    [
        """mutation { createUser(input: { userName: "x.baru", fullName: "X", role: VillageOperator, regionCode: "61.01.01.2001" }) { errors { code } } }""",
        """mutation { importOperators(input: { csv: "user_name,full_name,village_code,contact" }) { errors { code } } }""",
        """mutation { disableUser(input: { userName: "op.lubukdagang" }) { errors { code } } }""",
        """mutation { enableUser(input: { userName: "op.lubukdagang" }) { errors { code } } }""",
        """mutation { resetPassword(input: { userName: "op.lubukdagang" }) { errors { code } } }""",
        """mutation { changeUserAccess(input: { userName: "op.lubukdagang", role: Viewer, regionCode: "61" }) { errors { code } } }""",
        """{ users { totalCount } }""",
        """{ user(userName: "op.lubukdagang") { userName } }""",
    ];

    [Theory]
    [MemberData(nameof(ReadersAndAdministratorFields))]
    public async Task Operators_and_viewers_use_no_user_management_field(string userName, string document)
    {
        var client = await app.SignInAsync(userName);
        var response = await client.SendAsync(document);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.ErrorCode());
    }
}
