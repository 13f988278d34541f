using System.Net;
using System.Text.Json;
using DesaPlatform.Access.Users.CreateNationalReader;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.AccessMatrix;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access.NationalReader;

/// <summary>
/// The national reader (demo account <c>kemendagri</c>: a viewer whose region is the whole country) starts at Indonesia,
/// reads every province, and nobody in the portal can give that scope.
/// </summary>
public sealed class NationalReaderTests(NationalWorld world) : IClassFixture<NationalWorld>
{
    private const string Country = """
        query($code: String!) {
          region(code: $code) { code name level parentCode ancestors { code } children { nodes { code } } counts { level count } }
          coverage(regionCode: $code, year: 2026) {
            region { name level }
            total { peopleInOffice peopleCovered villages villagesWithCoverage }
            byRegion { regionCode regionName peopleInOffice peopleCovered villages villagesWithCoverage }
          }
        }
        """;

    private DesaApp App => world.App;

    [Fact]
    public async Task Coverage_at_the_root_lists_the_provinces_with_their_figures()
    {
        var reader = await App.SignInAsync("kemendagri");

        var coverage = (await reader.SendAsync(Country, new { code = "" })).Data.GetProperty("coverage");

        Assert.Equal("""{"name":"Indonesia","level":"COUNTRY"}""", coverage.GetProperty("region").GetRawText());
        var rows = coverage.GetProperty("byRegion").EnumerateArray().ToList();
        Assert.Equal(["61", "62"], rows.Select(r => r.GetProperty("regionCode").GetString()));
        Assert.Equal(["Kalimantan Barat", "Kalimantan Tengah"], rows.Select(r => r.GetProperty("regionName").GetString()));
        foreach (var row in rows)
        {
            Assert.Equal((1, 1, 1), (row.GetProperty("peopleInOffice").GetInt32(), row.GetProperty("peopleCovered").GetInt32(),
                row.GetProperty("villagesWithCoverage").GetInt32()));
        }
        Assert.Equal(1, rows[1].GetProperty("villages").GetInt32());
        var total = coverage.GetProperty("total");
        Assert.Equal((2, 2, 2), (total.GetProperty("peopleInOffice").GetInt32(), total.GetProperty("peopleCovered").GetInt32(),
            total.GetProperty("villagesWithCoverage").GetInt32()));
        Assert.Equal(rows.Sum(r => r.GetProperty("villages").GetInt32()), total.GetProperty("villages").GetInt32());
    }

    [Fact]
    public async Task Indonesia_is_a_region_above_the_provinces_seen_only_from_the_whole_country()
    {
        var reader = await App.SignInAsync("kemendagri");
        var province = await App.SignInAsync("admin.kalbar");

        var country = (await reader.SendAsync(Country, new { code = "" })).Data.GetProperty("region");
        Assert.Equal(("", "Indonesia", "COUNTRY"), (country.GetProperty("code").GetString(), country.GetProperty("name").GetString(),
            country.GetProperty("level").GetString()));
        Assert.Equal(JsonValueKind.Null, country.GetProperty("parentCode").ValueKind);
        Assert.Equal(0, country.GetProperty("ancestors").GetArrayLength());
        Assert.Equal(["61", "62"], country.GetProperty("children").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal(2, country.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("level").GetString() == "PROVINCE").GetProperty("count").GetInt32());
        var me = (await reader.SendAsync("{ me { role regionCode region { name } } }")).Data.GetProperty("me");
        Assert.Equal("""{"role":"Viewer","regionCode":"","region":{"name":"Indonesia"}}""", me.GetRawText());

        var fromProvince = (await province.SendAsync(Country, new { code = "" })).Data;
        Assert.Equal(JsonValueKind.Null, fromProvince.GetProperty("region").ValueKind);
        Assert.Equal(JsonValueKind.Null, fromProvince.GetProperty("coverage").ValueKind);
    }

    [Fact]
    public async Task The_lists_and_downloads_hold_every_province()
    {
        var reader = await App.SignInAsync("kemendagri");
        var province = await App.SignInAsync("admin.kalbar");
        const string Lists = "{ people { totalCount } submissions { totalCount } regions(where: { level: { eq: PROVINCE } }) { totalCount } }";

        var national = (await reader.SendAsync(Lists)).Data;
        var kalbar = (await province.SendAsync(Lists)).Data;

        Assert.Equal((2, 2, 2), Counts(national));
        Assert.Equal((1, 1, 1), Counts(kalbar));
        var roster = await reader.Http.GetAsync("/api/roster/export?region=62&format=csv");
        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
        Assert.Contains("62.01.01.2001", await roster.Content.ReadAsStringAsync());
        var submissions = await (await reader.Http.GetAsync("/api/submissions/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("61.01.01.2001", submissions);
        Assert.Contains("62.01.01.2001", submissions);
    }

    [Fact]
    public async Task Nobody_in_the_portal_gives_the_national_scope_or_manages_its_account()
    {
        var province = await App.SignInAsync("admin.kalbar");
        var regency = await App.SignInAsync("dpmd.sambas");

        foreach (var role in new[] { "Viewer", "ProvinceAdmin" })
        {
            var created = await province.SendAsync(AccessApi.CreateUser,
                new { input = new { userName = $"nasional.{role.ToLowerInvariant()}", fullName = "Pemantau Nasional", role, regionCode = "" } });
            Assert.Equal(["UNKNOWN_REGION"], created.ErrorCodes("createUser"));
        }
        var byRegency = await regency.SendAsync(AccessApi.CreateUser,
            new { input = new { userName = "nasional.dpmd", fullName = "Pemantau Nasional", role = "Viewer", regionCode = "" } });
        Assert.Equal(["ROLE_NOT_ALLOWED"], byRegency.ErrorCodes("createUser"));
        await App.AddAccountAsync("pemantau.sambas", UserRole.Viewer, "61.01");
        var widened = await province.SendAsync(AccessApi.ChangeUserAccess, new { userName = "pemantau.sambas", role = "Viewer", regionCode = "" });
        Assert.Equal(["UNKNOWN_REGION"], widened.ErrorCodes("changeUserAccess"));
        Assert.Equal(JsonValueKind.Null, (await province.SendAsync(AccessApi.UserByName, new { userName = "kemendagri" })).Field("user").ValueKind);
        Assert.Equal(["NOT_FOUND"], (await province.SendAsync(AccessApi.DisableUser, new { userName = "kemendagri" })).ErrorCodes("disableUser"));
        var reader = await App.SignInAsync("kemendagri");
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await reader.SendAsync(AccessApi.CreateUser,
            new { input = new { userName = "nasional.lagi", fullName = "Pemantau Nasional", role = "Viewer", regionCode = "" } })).ErrorCode());
    }

    [Fact]
    public async Task Only_the_system_user_creates_a_national_reader_and_its_one_time_password_signs_in()
    {
        using (var scope = App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn("admin.kalbar", UserRole.ProvinceAdmin, "61");
            var refused = await scope.ServiceProvider.GetRequiredService<INationalReaders>().CreateAsync("bpk.ri", "BPK RI", CancellationToken.None);
            Assert.Equal(["UNKNOWN_REGION"], refused.Errors.Select(e => e.Code));
        }
        string password;
        using (var scope = App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var created = await scope.ServiceProvider.GetRequiredService<INationalReaders>().CreateAsync("bpk.ri", "BPK RI", CancellationToken.None);
            password = Assert.IsType<string>(created.Result);
        }

        var reader = await App.SignInWithAsync("bpk.ri", password);
        var me = (await reader.SendAsync("{ me { role regionCode mustChangePassword } }")).Data.GetProperty("me");
        Assert.Equal("""{"role":"Viewer","regionCode":"","mustChangePassword":true}""", me.GetRawText());
    }

    [Fact]
    public async Task An_account_of_another_role_on_the_country_sees_nothing()
    {
        await App.AddAccountAsync("admin.nasional", UserRole.ProvinceAdmin, "");
        var account = await App.SignInAsync("admin.nasional");

        var answer = (await account.SendAsync("{ people { totalCount } region(code: \"\") { name } }")).Data;

        Assert.Equal(0, answer.GetProperty("people").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("region").ValueKind);
    }

    private static (int People, int Submissions, int Provinces) Counts(JsonElement data) =>
        (data.GetProperty("people").GetProperty("totalCount").GetInt32(), data.GetProperty("submissions").GetProperty("totalCount").GetInt32(),
            data.GetProperty("regions").GetProperty("totalCount").GetInt32());
}
