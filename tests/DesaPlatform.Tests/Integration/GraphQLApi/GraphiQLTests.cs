using System.Net;
using System.Net.Http.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>A browser opening /graphql gets GraphiQL when signed in (with the portal's cookie), the sign-in page otherwise.</summary>
public sealed class GraphiQLTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_signed_in_browser_gets_GraphiQL()
    {
        var browser = app.CreateClient();
        var signIn = await browser.PostAsJsonAsync("/auth/login?useCookies=true", new { userName = "dpmd.sambas", password = DesaApp.Password });
        signIn.EnsureSuccessStatusCode();

        var page = await OpenAsync(browser);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestPortal.GraphiQLPage, await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphiql.html")]
    public async Task An_anonymous_browser_is_sent_to_the_sign_in_page(string address)
    {
        var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await OpenAsync(browser, address);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_API_client_still_gets_json_from_GET()
    {
        var client = await app.SignInAsync("dpmd.sambas");
        var response = await client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ me { userName } }"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> OpenAsync(HttpClient browser, string address = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return browser.SendAsync(request);
    }
}
