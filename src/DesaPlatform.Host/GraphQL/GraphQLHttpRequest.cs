using System.Text.Json;
using System.Text.Unicode;
using GraphQL;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// A GraphQL-over-HTTP request read from a GET query string or a POST JSON body, or why it cannot be read. It carries
/// either the document's text (<c>query</c>) or the id of a persisted document (<c>documentId</c>), never both.
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? DocumentId, string? OperationName, string? VariablesJson, string? ExtensionsJson)
{
    public static async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadAsync(HttpRequest http, long maxBytes)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            var query = NullIfEmpty(http.Query["query"]);
            var documentId = NullIfEmpty(http.Query["documentId"]);
            if (OneDocument(query, documentId) is { } problem) return (null, RequestProblem.Bad(problem));
            return (new(query, documentId, NullIfEmpty(http.Query["operationName"]), NullIfEmpty(http.Query["variables"]),
                NullIfEmpty(http.Query["extensions"])), null);
        }

        var (bytes, tooLarge) = await BoundedBody.ReadAsync(http, maxBytes);
        if (tooLarge) return (null, new RequestProblem(StatusCodes.Status413PayloadTooLarge, $"Isi permintaan lebih dari {maxBytes:N0} byte. The request body is larger than {maxBytes:N0} bytes."));
        if (!Utf8.IsValid(bytes)) return (null, RequestProblem.Bad("Isi permintaan bukan UTF-8 yang sah. The request body is not valid UTF-8."));
        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return (null, RequestProblem.Bad($"The request body is not valid JSON: {e.Message}"));
        }
        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, RequestProblem.Bad("The request body must be a JSON object."));
            if (Optional(root, "query", JsonValueKind.String, out var query) is { } p0) return (null, RequestProblem.Bad(p0));
            if (Optional(root, "documentId", JsonValueKind.String, out var documentId) is { } p4) return (null, RequestProblem.Bad(p4));
            if (OneDocument(query?.GetString(), documentId?.GetString()) is { } p5) return (null, RequestProblem.Bad(p5));
            if (Optional(root, "operationName", JsonValueKind.String, out var operationName) is { } p1) return (null, RequestProblem.Bad(p1));
            if (Optional(root, "variables", JsonValueKind.Object, out var variables) is { } p2) return (null, RequestProblem.Bad(p2));
            if (Optional(root, "extensions", JsonValueKind.Object, out var extensions) is { } p3) return (null, RequestProblem.Bad(p3));
            return (new(query?.GetString(), documentId?.GetString(), operationName?.GetString(), variables?.GetRawText(),
                extensions?.GetRawText()), null);
        }
    }

    public Inputs? Variables(IGraphQLTextSerializer serializer) =>
        VariablesJson is null ? null : serializer.Deserialize<Inputs>(VariablesJson);

    public Inputs? Extensions(IGraphQLTextSerializer serializer) =>
        ExtensionsJson is null ? null : serializer.Deserialize<Inputs>(ExtensionsJson);

    private static string? OneDocument(string? query, string? documentId) => (query, documentId) switch
    {
        (null, null) => "Send the document as 'query' or the id of a persisted document as 'documentId'.",
        (not null, not null) => "Send either 'query' or 'documentId', not both.",
        _ => null,
    };

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

/// <summary>Why a request cannot be read, with the HTTP status that says so.</summary>
internal sealed record RequestProblem(int Status, string Message)
{
    public static RequestProblem Bad(string message) => new(StatusCodes.Status400BadRequest, message);
}
