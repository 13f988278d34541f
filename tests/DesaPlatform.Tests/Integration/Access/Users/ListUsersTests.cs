using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>The accounts list filters and sorts like every list.</summary>
public sealed class ListUsersTests(DesaApp app) : IClassFixture<DesaApp>
{
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
}
