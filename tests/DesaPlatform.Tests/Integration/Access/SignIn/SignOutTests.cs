using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Access.SignIn;

/// <summary>
/// Signing out ends every session of the account: the bearer token that signed out, a portal cookie elsewhere, and
/// the refresh tokens, which otherwise renew a short-lived bearer token.
/// </summary>
public sealed class SignOutTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_refresh_token_gives_a_new_working_bearer_token()
    {
        await app.AddAccountAsync("op.segar", UserRole.VillageOperator, Roster.DalamKaum);
        var (_, refreshToken) = await BearerSignInAsync("op.segar");

        var refreshed = await app.CreateClient().PostAsJsonAsync("/auth/refresh", new { refreshToken });

        refreshed.EnsureSuccessStatusCode();
        var tokens = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(15 * 60, tokens.GetProperty("expiresIn").GetInt32());
        Assert.False((await WithToken(tokens.GetProperty("accessToken").GetString()!).SendAsync(AccessApi.People)).HasErrors);
    }

    [Fact]
    public async Task Signing_out_with_a_bearer_token_ends_it_the_portal_session_elsewhere_and_its_refresh()
    {
        await app.AddAccountAsync("op.keluar", UserRole.VillageOperator, Roster.DalamKaum);
        var (bearer, refreshToken) = await BearerSignInAsync("op.keluar");
        var portal = await app.SignInWithCookieAsync("op.keluar", DesaApp.Password);
        Assert.Equal("op.keluar", (await bearer.SendAsync(AccessApi.Me)).Field("me").GetProperty("userName").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await bearer.Http.PostAsync("/auth/logout", null)).StatusCode);

        Assert.Equal(JsonValueKind.Null, (await bearer.SendAsync(AccessApi.Me)).Field("me").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await bearer.SendAsync(AccessApi.People)).ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await portal.SendAsync(AccessApi.People)).ErrorCode());
        var refreshed = await app.CreateClient().PostAsJsonAsync("/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        var again = await app.SignInAsync("op.keluar");
        Assert.False((await again.SendAsync(AccessApi.People)).HasErrors);
    }

    [Fact]
    public async Task A_refresh_token_that_is_not_one_gets_401()
    {
        var refreshed = await app.CreateClient().PostAsJsonAsync("/auth/refresh", new { refreshToken = "bukan-token\0" });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    private async Task<(GraphQLClient Client, string RefreshToken)> BearerSignInAsync(string userName)
    {
        var response = await app.LoginAsync(userName, DesaApp.Password);
        response.EnsureSuccessStatusCode();
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (WithToken(tokens.GetProperty("accessToken").GetString()!), tokens.GetProperty("refreshToken").GetString()!);
    }

    private GraphQLClient WithToken(string accessToken)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return new GraphQLClient(http);
    }
}
