using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DesaPlatform.Tests.Integration.Operations;

/// <summary>
/// Hosts behind a round-robin load balancer: a sign-in on one host holds on another that shares its key directory
/// (<c>DataProtection:KeysDirectory</c>), and only there.
/// </summary>
public sealed class SharedKeyRingTests(DesaApp app) : IClassFixture<DesaApp>, IDisposable
{
    private readonly string _keys = Directory.CreateTempSubdirectory("desa-keys").FullName;
    private readonly string _otherKeys = Directory.CreateTempSubdirectory("desa-keys").FullName;

    [Fact]
    public async Task A_token_and_a_cookie_from_one_host_are_accepted_by_another_sharing_the_key_directory()
    {
        using var first = Host(_keys);
        using var second = Host(_keys);
        using var stranger = Host(_otherKeys);
        var token = await SignInAsync(first.CreateClient(), "/auth/login");
        var cookieClient = first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookie = await SignInAsync(cookieClient, "/auth/login?useCookies=true");

        Assert.Equal("bpjs.kalbar", await WhoAsync(second, token, null));
        Assert.Equal("bpjs.kalbar", await WhoAsync(second, null, cookie));
        Assert.Null(await WhoAsync(stranger, token, null));
        Assert.Null(await WhoAsync(stranger, null, cookie));
    }

    private WebApplicationFactory<Program> Host(string keys) =>
        app.WithWebHostBuilder(builder => builder.UseSetting("DataProtection:KeysDirectory", keys));

    /// <summary>The bearer token, or the cookie header when signing in with cookies.</summary>
    private static async Task<string> SignInAsync(HttpClient http, string path)
    {
        var response = await http.PostAsJsonAsync(path, new { userName = "bpjs.kalbar", password = DesaApp.Password });
        response.EnsureSuccessStatusCode();
        return path.Contains("useCookies")
            ? response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("desa.auth=")).Split(';')[0]
            : (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<string?> WhoAsync(WebApplicationFactory<Program> host, string? token, string? cookie)
    {
        var http = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        if (cookie is not null) http.DefaultRequestHeaders.Add("Cookie", cookie);
        var me = (await new GraphQLClient(http).SendAsync("{ me { userName } }")).Data.GetProperty("me");
        return me.ValueKind == JsonValueKind.Null ? null : me.GetProperty("userName").GetString();
    }

    public void Dispose()
    {
        Directory.Delete(_keys, recursive: true);
        Directory.Delete(_otherKeys, recursive: true);
    }
}
