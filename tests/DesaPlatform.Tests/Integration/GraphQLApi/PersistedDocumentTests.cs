using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>The portal's documents run by their id (<c>documentId: "sha256:&lt;hex&gt;"</c>), with the same access rules as text.</summary>
public sealed class PersistedDocumentTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_known_document_id_runs_that_document()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await SendAsync(client.Http, new { documentId = TestPortal.IdOf(TestPortal.Me) });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("op.dalamkaum", response.Data.GetProperty("me").GetProperty("userName").GetString());
    }

    [Fact]
    public async Task An_unknown_document_id_gets_a_clear_error()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await SendAsync(client.Http, new { documentId = TestPortal.IdOf("query Other { me { userName } }") });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", ErrorCode(response));
    }

    [Fact]
    public async Task A_document_id_and_a_query_together_are_refused()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await SendAsync(client.Http, new { documentId = TestPortal.IdOf(TestPortal.Me), query = TestPortal.Me });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    // A document validated once (persisted, or text kept by the document cache) skips the schema's rules, never these.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_validated_document_still_checks_the_role_of_each_caller(bool persisted)
    {
        object users = persisted ? new { documentId = TestPortal.IdOf(TestPortal.Users) } : new { query = TestPortal.Users };
        var admin = await app.SignInAsync("admin.kalbar");
        var operatorClient = await app.SignInAsync("op.dalamkaum");

        // The operator first, then the admin (now validated and cached), then the operator again.
        Assert.Equal("AUTH_NOT_AUTHORIZED", ErrorCode(await SendAsync(operatorClient.Http, users)));
        for (var i = 0; i < 2; i++)
        {
            var allowed = await SendAsync(admin.Http, users);
            Assert.False(allowed.HasErrors, allowed.Body.ToString());
            Assert.True(allowed.Data.GetProperty("users").GetProperty("totalCount").GetInt32() > 0);
        }
        Assert.Equal("AUTH_NOT_AUTHORIZED", ErrorCode(await SendAsync(operatorClient.Http, users)));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", ErrorCode(await SendAsync(app.Anonymous().Http, users)));
    }

    [Theory]
    [InlineData(true, "6101011708900071")]
    [InlineData(false, "6101011708900072")]
    public async Task A_validated_mutation_checks_its_variables_on_every_request(bool persisted, string nik)
    {
        var client = await app.SignInAsync("op.dalamkaum");
        object Request(object variables) => persisted
            ? new { documentId = TestPortal.IdOf(TestPortal.AddPerson), variables }
            : new { query = TestPortal.AddPerson, variables };
        var valid = await SendAsync(client.Http, Request(Roster.Person(nik: nik, position: "ketua_rt")));
        Assert.False(valid.HasErrors, valid.Body.ToString());

        var missing = await SendAsync(client.Http, Request(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("$input", missing.Body.ToString());
    }

    [Fact]
    public async Task With_SignedIn_anonymous_callers_may_send_only_persisted_documents()
    {
        using var strict = app.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:AllowArbitraryDocuments", "SignedIn"));

        var anonymous = strict.CreateClient();
        var asText = await SendAsync(anonymous, new { query = TestPortal.Me });
        Assert.Equal("PERSISTED_QUERY_REQUIRED", ErrorCode(asText));
        Assert.False(asText.Body.TryGetProperty("data", out _));

        var byId = await SendAsync(anonymous, new { documentId = TestPortal.IdOf(TestPortal.Me) });
        Assert.False(byId.HasErrors, byId.Body.ToString());

        var login = await anonymous.PostAsJsonAsync("/auth/login", new { userName = "dpmd.sambas", password = DesaApp.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var signedIn = await SendAsync(anonymous, new { query = "{ me { userName } }" });
        Assert.Equal("dpmd.sambas", signedIn.Data.GetProperty("me").GetProperty("userName").GetString());
    }

    private static Task<GraphQLResponse> SendAsync(HttpClient http, object body) => new GraphQLClient(http).PostAsync(body);

    private static string? ErrorCode(GraphQLResponse response) =>
        response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
