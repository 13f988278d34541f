using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration;

/// <summary>Bad input gets an error that names what is wrong, and nothing is saved.</summary>
public sealed class BadInputTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Theory]
    [InlineData("nik", "12345", "INVALID_NIK")]
    [InlineData("nik", "6101013213900003", "INVALID_NIK")]
    [InlineData("nik", "6199011708900003", "NIK_DISTRICT_UNKNOWN")]
    [InlineData("positionCode", "lurah_gadungan", "UNKNOWN_POSITION")]
    [InlineData("termEnd", "2023-12-31", "TERM_END_BEFORE_START")]
    [InlineData("villageCode", "61.01.01.2999", "UNKNOWN_REGION")]
    public async Task A_bad_field_is_named_and_nothing_is_saved(string field, string value, string code)
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var input = new Dictionary<string, object?>
        {
            ["villageCode"] = Roster.DalamKaum, ["fullName"] = "Andi", ["nik"] = "6101011708900001",
            ["positionCode"] = "ketua_rt", ["termStart"] = "2024-01-01", [field] = value,
        };
        var response = await client.SendAsync(Roster.AddPerson, new { input });
        var error = response.Data.GetProperty("addPerson").GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("addPerson").GetProperty("person").ValueKind);

        var roster = await client.SendAsync("""{ people(where: { fullName: { eq: "Andi" } }) { totalCount } }""");
        Assert.Equal(0, roster.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Enrollment_problems_name_their_field()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900002", position: "ketua_rw",
            enrollment: new { kpj = "12-34", programs = Array.Empty<string>(), startDate = "2023-01-01" }));
        var fields = response.Data.GetProperty("addPerson").GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["enrollment.kpj", "enrollment.programs", "enrollment.startDate"], fields);
    }

    [Fact]
    public async Task A_second_kepala_desa_is_refused()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var first = await client.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900031", position: "kepala_desa"));
        Assert.Empty(first.ErrorCodes("addPerson"));
        var second = await client.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900032", position: "kepala_desa"));
        Assert.Equal(["POSITION_FULL"], second.ErrorCodes("addPerson"));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var http = app.CreateClient();
        var wrongPassword = await http.PostAsJsonAsync("/auth/login", new { userName = "admin.kalbar", password = "salah-sekali" });
        var unknownUser = await http.PostAsJsonAsync("/auth/login", new { userName = "tidak.ada", password = "salah-sekali" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await unknownUser.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cookie_sign_in_is_http_only_and_strict_and_answers_me()
    {
        var http = app.CreateClient();
        var response = await http.PostAsJsonAsync("/auth/login?useCookies=true", new { userName = "dpmd.sambas", password = DesaApp.Password });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("desa.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var me = await new GraphQLClient(http).SendAsync("{ me { userName role regionCode } }");
        Assert.Equal("""{"userName":"dpmd.sambas","role":"RegencyStaff","regionCode":"61.01"}""", me.Data.GetProperty("me").GetRawText());
    }

    [Theory]
    [InlineData("{ not json", "application/json", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ not json", "application/json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"query": 42}""", "application/json", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("""{"query": "{ me { userName "}""", "application/json", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("""{"query": "{ me { userName "}""", "application/json", "application/json", HttpStatusCode.OK)]
    [InlineData("""{"query": "{ me { nope } }"}""", "application/json", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("""{"query": "{ me { nope } }"}""", "application/json", "application/json", HttpStatusCode.OK)]
    [InlineData("""{"query": "{ me { userName } }"}""", "text/plain", "application/json", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_requests_get_a_graphql_error_never_a_500(string body, string contentType, string accept, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Accept.ParseAdd(accept);
        var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
        Assert.DoesNotContain("   at ", json.ToString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_405()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { submitRoster(input: { villageCode: \"61.01.01.2001\" }) { errors { code } } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/livez")]
    public async Task Health_is_200_when_the_process_lives_and_the_database_answers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Too_deep_a_query_is_refused_before_it_runs()
    {
        var client = await app.SignInAsync("admin.kalbar");
        var nested = "code";
        for (var level = 0; level < 7; level++) nested = $"children {{ nodes {{ {nested} }} }}";
        var response = await client.SendAsync($"{{ region(code: \"61\") {{ {nested} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_size_has_a_hard_maximum()
    {
        var client = await app.SignInAsync("admin.kalbar");
        var response = await client.SendAsync("{ regions(first: 1000) { totalCount } }");
        Assert.Contains("between 1 and 200", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        var paged = await client.SendAsync("""{ regions(first: 2, where: { level: { eq: REGENCY } }, order: [{ name: DESC }]) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }""");
        var regions = paged.Data.GetProperty("regions");
        Assert.Equal(14, regions.GetProperty("totalCount").GetInt32());
        Assert.Equal("Kota Singkawang", regions.GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.True(regions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
