using System.Net;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>Nobody sees or manages accounts outside their region or above their role; readers use no account field.</summary>
public sealed class DelegationTests(DesaApp app) : IClassFixture<DesaApp>
{
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
