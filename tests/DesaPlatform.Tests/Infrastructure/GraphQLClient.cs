using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DesaPlatform.Tests.Infrastructure;

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement Data => Body.TryGetProperty("data", out var data) ? data : throw new InvalidOperationException($"No data in {Status}: {Body}");

    public bool HasErrors => Body.TryGetProperty("errors", out _);

    public IEnumerable<string> ErrorCodes(string mutation) =>
        Data.GetProperty(mutation).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!);
}

public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>Posts like the portal does, asking for <c>application/graphql-response+json</c>.</summary>
    public Task<GraphQLResponse> SendAsync(string query, object? variables = null) => PostAsync(new { query, variables });

    /// <summary>Posts any request body (e.g. <c>{ documentId, variables }</c>).</summary>
    public async Task<GraphQLResponse> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await http.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
