using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access;

/// <summary>Sign-in with any password or code, fresh accounts for one test, and the user-management operations.</summary>
internal static class AccessApi
{
    /// <summary>An ordinary read: answered only for an enabled account that has finished its setup.</summary>
    public const string People = "{ people { totalCount } }";

    public const string Me = "{ me { userName role regionCode mustChangePassword twoFactorEnabled twoFactorRequired } }";

    public const string CreateUser = """
        mutation($input: CreateUserInput!) {
          createUser(input: $input) { user { userName role regionCode status mustChangePassword region { name } } initialPassword errors { code field message values { name value } } }
        }
        """;

    public const string DisableUser = "mutation($userName: String!) { disableUser(input: { userName: $userName }) { user { status } errors { code field } } }";

    public const string EnableUser = "mutation($userName: String!) { enableUser(input: { userName: $userName }) { user { status } errors { code field } } }";

    public const string ResetPassword = """
        mutation($userName: String!) { resetPassword(input: { userName: $userName }) { user { mustChangePassword } initialPassword errors { code field } } }
        """;

    public const string ChangeUserAccess = """
        mutation($userName: String!, $role: UserRole!, $regionCode: String!) {
          changeUserAccess(input: { userName: $userName, role: $role, regionCode: $regionCode }) { user { role regionCode } errors { code field } }
        }
        """;

    public const string ChangePassword = """
        mutation($current: String!, $new: String!) {
          changePassword(input: { currentPassword: $current, newPassword: $new }) { me { mustChangePassword } errors { code field } }
        }
        """;

    public const string ImportOperators = """
        mutation($csv: String!, $dryRun: Boolean) {
          importOperators(input: { csv: $csv, dryRun: $dryRun }) {
            report { applied refused created rows { line userName villageCode initialPassword } problems { line column code message } }
            errors { code }
          }
        }
        """;

    public const string UserByName = "query($userName: String!) { user(userName: $userName) { userName status regionCode } }";

    /// <summary>An account made directly (password <see cref="DesaApp.Password"/>), so that a test can change it without touching others.</summary>
    public static async Task AddAccountAsync(this DesaApp app, string userName, UserRole role, string regionCode)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        var result = await users.CreateAsync(new DesaUser { UserName = userName, FullName = userName, Role = role, RegionCode = regionCode }, DesaApp.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }

    public static Task<HttpResponseMessage> LoginAsync(
        this WebApplicationFactory<Program> app, string userName, string password, string? twoFactorCode = null) =>
        app.CreateClient().PostAsJsonAsync("/auth/login", new { userName, password, twoFactorCode });

    public static async Task<GraphQLClient> SignInWithAsync(
        this WebApplicationFactory<Program> app, string userName, string password, string? twoFactorCode = null)
    {
        var response = await app.LoginAsync(userName, password, twoFactorCode);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>A portal-like client: signed in with the cookie, which the client keeps and renews.</summary>
    public static async Task<GraphQLClient> SignInWithCookieAsync(this WebApplicationFactory<Program> app, string userName, string password)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await http.PostAsJsonAsync("/auth/login?useCookies=true", new { userName, password })).EnsureSuccessStatusCode();
        return new GraphQLClient(http);
    }

    public static string? ErrorCode(this GraphQLResponse response) =>
        response.Body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public static JsonElement Field(this GraphQLResponse response, string name) => response.Data.GetProperty(name);
}
