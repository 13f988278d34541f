using System.Text.Json;
using GraphQL;

namespace DesaPlatform.Host.GraphQL;

/// <summary>A GraphQL-over-HTTP request read from a GET query string or a POST JSON body, or why it cannot be read.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, string? VariablesJson, string? ExtensionsJson)
{
    public static async Task<(GraphQLHttpRequest? Request, string? Problem)> ReadAsync(HttpRequest http)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            var query = http.Query["query"].ToString();
            if (query.Length == 0) return (null, "The 'query' parameter is missing.");
            return (new(query, NullIfEmpty(http.Query["operationName"]), NullIfEmpty(http.Query["variables"]),
                NullIfEmpty(http.Query["extensions"])), null);
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON: {e.Message}");
        }
        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "The request body must be a JSON object.");
            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
                return (null, "'query' must be a string.");
            if (Optional(root, "operationName", JsonValueKind.String, out var operationName) is { } p1) return (null, p1);
            if (Optional(root, "variables", JsonValueKind.Object, out var variables) is { } p2) return (null, p2);
            if (Optional(root, "extensions", JsonValueKind.Object, out var extensions) is { } p3) return (null, p3);
            return (new(query.GetString()!, operationName?.GetString(), variables?.GetRawText(), extensions?.GetRawText()), null);
        }
    }

    public Inputs? Variables(IGraphQLTextSerializer serializer) =>
        VariablesJson is null ? null : serializer.Deserialize<Inputs>(VariablesJson);

    public Inputs? Extensions(IGraphQLTextSerializer serializer) =>
        ExtensionsJson is null ? null : serializer.Deserialize<Inputs>(ExtensionsJson);

    private static string? Optional(JsonElement root, string name, JsonValueKind kind, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != kind) return $"'{name}' must be {(kind == JsonValueKind.Object ? "an object" : "a string")} or null.";
        value = element;
        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
