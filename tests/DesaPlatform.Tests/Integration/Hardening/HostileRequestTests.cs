using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Hardening;

/// <summary>
/// Requests made to exhaust the host or to break it are refused cheaply, before the work, with an error that says what
/// is wrong — never a 500 (issue 9's corpus, one case per kind).
/// </summary>
public sealed class HostileRequestTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_huge_document_is_refused_before_it_is_parsed()
    {
        var query = "#" + new string('x', 200_000) + "\n{ __typename }";
        var response = await (await app.SignInAsync("op.dalamkaum")).SendAsync(query);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (response.Status, FirstCode(response)));
    }

    [Fact]
    public async Task A_document_of_too_many_tokens_is_refused_before_validation()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("people(first: 1) { totalCount } ", 1_500)) + "}";
        var response = await app.Anonymous().SendAsync(query);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (response.Status, FirstCode(response)));
    }

    [Fact]
    public async Task One_field_selected_many_times_side_by_side_is_refused_before_validation()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var query = "{ " + string.Concat(Enumerable.Range(1, 100).Select(i => $"people(first: {i}) {{ totalCount }} ")) + "}";
        var response = await client.SendAsync(query);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_COMPLEX"), (response.Status, FirstCode(response)));
    }

    [Fact]
    public async Task Fragments_that_double_at_each_level_are_refused_before_validation()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var fragments = new StringBuilder("fragment F0 on Query { __typename }\n");
        for (var i = 1; i <= 40; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        var response = await client.SendAsync("{ ...F40 }\n" + fragments);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_COMPLEX"), (response.Status, FirstCode(response)));
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_allows_gets_a_400()
    {
        var query = "{ me " + string.Concat(Enumerable.Repeat("{ me ", 100)) + new string('}', 101);
        var response = await app.Anonymous().SendAsync(query);
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_DEEP"), (response.Status, FirstCode(response)));
    }

    [Fact]
    public async Task A_body_that_is_not_UTF8_gets_a_400()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"X\"}");
        body[^4] = 0xFF;
        var response = await PostRawAsync(app.CreateClient(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_a_413_and_a_caller_not_signed_in_has_a_small_limit()
    {
        var signedIn = await app.SignInAsync("op.dalamkaum");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostRawAsync(signedIn.Http, BodyOf(17 * 1024 * 1024))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostRawAsync(signedIn.Http, BodyOf(100 * 1024))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostRawAsync(app.CreateClient(), BodyOf(100 * 1024))).StatusCode);

        static byte[] BodyOf(int padding) =>
            Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', padding) + "\"}}");
    }

    [Fact]
    public async Task A_subscription_over_GET_is_refused_as_only_queries_may_be()
    {
        var response = await app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("subscription { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_cursor_whose_offset_overflows_is_not_a_cursor()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{int.MaxValue}"));
        var response = await client.SendAsync("query($after: String) { people(after: $after) { totalCount } }", new { after = cursor });
        Assert.Equal("INVALID_CURSOR", FirstCode(response));
    }

    [Fact]
    public async Task An_id_that_is_not_a_GUID_is_named()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.SendAsync("{ person(id: \"bukan-guid\") { fullName } }");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("'bukan-guid'", Message(response));
        Assert.Contains("GUID", Message(response));
        Assert.DoesNotContain("Terjadi kesalahan di server", response.Body.ToString());
    }

    [Fact]
    public async Task A_31_digit_wage_base_is_named()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.SendAsync($$"""
            mutation {
              addPerson(input: { villageCode: "{{Roster.DalamKaum}}", fullName: "Andi", nik: "6101011708900071", positionCode: "ketua_rt",
                termStart: "2024-01-01", enrollment: { kpj: "123", programs: [JKK, JKM], startDate: "2024-02-01",
                wageBase: 1234567890123456789012345678901 } }) { errors { code } }
            }
            """);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("wageBase", response.Body.ToString());
        Assert.DoesNotContain("Terjadi kesalahan di server", response.Body.ToString());

        // The same number as a variable, as the portal and API clients send it.
        var body = Encoding.UTF8.GetBytes("""
            {"query":"mutation($input: AddPersonInput!) { addPerson(input: $input) { errors { code } } }","variables":{"input":
            {"villageCode":"61.01.01.2001","fullName":"Andi","nik":"6101011708900071","positionCode":"ketua_rt","termStart":"2024-01-01",
            "enrollment":{"kpj":"123","programs":["JKK","JKM"],"startDate":"2024-02-01","wageBase":1234567890123456789012345678901}}}}
            """);
        var asVariable = await PostRawAsync(client.Http, body);
        var text = await asVariable.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.InternalServerError, asVariable.StatusCode);
        Assert.Contains("wageBase", text);
        Assert.DoesNotContain("Terjadi kesalahan di server", text);
    }

    [Theory]
    [InlineData("fullName", "Andi\u0000")]
    [InlineData("nik", "61010117089\u000000072")]
    public async Task A_NUL_character_in_text_is_refused_naming_the_field(string field, string value)
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var input = new Dictionary<string, object?>
        {
            ["villageCode"] = Roster.DalamKaum, ["fullName"] = "Andi", ["nik"] = "6101011708900072",
            ["positionCode"] = "ketua_rt", ["termStart"] = "2024-01-01", [field] = value,
        };
        var response = await client.SendAsync(Roster.AddPerson, new { input });
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains(field, Message(response));
        Assert.Contains("NUL", Message(response));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1800-05-01")]
    [InlineData("9999-12-31")]
    public async Task A_date_outside_1900_to_2100_is_refused_naming_the_field(string date)
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900073", position: "ketua_rt", termStart: date));
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("termStart", Message(response));
        Assert.Contains("1900", Message(response));
    }

    [Fact]
    public async Task A_NUL_character_in_an_export_parameter_gets_a_400_naming_it()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.Http.GetAsync("/api/roster/export?region=61.01%00&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("region", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_NUL_character_in_the_sign_in_name_is_a_failed_sign_in()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/auth/login", new { userName = "op.dalamkaum\0", password = DesaApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient http, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return http.SendAsync(request);
    }

    private static string? FirstCode(GraphQLResponse response) =>
        response.Body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    private static string Message(GraphQLResponse response) =>
        string.Join(" | ", response.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
}
