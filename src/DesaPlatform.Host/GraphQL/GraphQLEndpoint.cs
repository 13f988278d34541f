using System.Net.Mime;
using DesaPlatform.Host.GraphQL.Persisted;
using DesaPlatform.SharedKernel.Access;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using DesaPlatform.Host.GraphQL.Limits;
using Microsoft.Net.Http.Headers;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// <c>/graphql</c> after the GraphQL over HTTP spec: POST application/json, GET for queries only (405 for mutations),
/// <c>application/graphql-response+json</c> when the client asks for it, else <c>application/json</c> (the spec's
/// choice for clients that do not say), 415 for other bodies, 400 for requests that cannot run. With plain
/// application/json, failures are reported with status 200. A document comes as text (<c>query</c>) or as the id of
/// one of the portal's persisted documents (<c>documentId</c>); a browser asking for HTML gets GraphiQL.
/// </summary>
internal static class GraphQLEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static async Task HandleAsync(HttpContext http, IDocumentExecuter<DesaSchema> executer, IGraphQLTextSerializer serializer,
        DocumentCache documents, PersistedDocuments persisted, GraphQLSettings settings, ICurrentUser user, IHostApplicationLifetime lifetime)
    {
        if (GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.ServeAsync(http);
            return;
        }
        if (ResponseType(http.Request) is not { } responseType)
        {
            await WriteProblemAsync(http, serializer, MediaTypeNames.Application.Json, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json.");
            return;
        }
        var cannotRun = responseType == MediaTypeNames.Application.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        if (HttpMethods.IsPost(http.Request.Method) && !IsJsonUtf8(http.Request.ContentType))
        {
            await WriteProblemAsync(http, serializer, responseType, StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json (UTF-8).");
            return;
        }

        var (request, problem) = await GraphQLHttpRequest.ReadAsync(http.Request,
            user.IsAuthenticated ? settings.MaxRequestBytes : settings.MaxAnonymousRequestBytes);
        if (request is null)
        {
            await WriteProblemAsync(http, serializer, responseType, problem!.Status, problem.Message);
            return;
        }

        var persistedDocument = request.DocumentId is { } id ? persisted.Find(id) : null;
        if (Refusal(request, persistedDocument, settings, user) is { } refused)
        {
            await WriteProblemAsync(http, serializer, responseType, cannotRun,
                refused.Message, refused.Code);
            return;
        }

        var cached = persistedDocument?.Document ?? documents.Find(request.Query!);
        var (document, refusal) = cached is null ? DocumentReader.Read(request.Query!, settings) : (cached, null);
        if (refusal is not null)
        {
            await WriteProblemAsync(http, serializer, responseType, cannotRun,
                refusal.Message, refusal.Code);
            return;
        }
        Inputs? variables, extensions;
        try
        {
            variables = request.Variables(serializer);
            extensions = request.Extensions(serializer);
        }
        catch (System.Text.Json.JsonException e)
        {
            await WriteProblemAsync(http, serializer, responseType, cannotRun, e.Message);
            return;
        }

        var isQuery = IsQuery(document!, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && !isQuery)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, serializer, responseType, StatusCodes.Status405MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST.");
            return;
        }

        // The host's shutdown and the time limit end a request as the client leaving does.
        // A limit given at construction is already passed when it is zero; CancelAfter would only fire later on a timer.
        var timeout = isQuery ? settings.ExecutionTimeout : settings.MutationExecutionTimeout;
        using var timeLimit = new CancellationTokenSource(timeout);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping, timeLimit.Token);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Query = persistedDocument?.Text ?? request.Query;
                options.DocumentId = request.DocumentId;
                options.Document = document;
                options.OperationName = request.OperationName;
                options.Variables = variables;
                options.Extensions = extensions;
                options.User = http.User;
                options.RequestServices = http.RequestServices;
                options.CancellationToken = cancellation.Token;
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await WriteProblemAsync(http, serializer, responseType, StatusCodes.Status503ServiceUnavailable,
                lifetime.ApplicationStopping.IsCancellationRequested
                    ? "The server is shutting down; send the request again."
                    : $"The request took longer than {timeout.TotalSeconds:N0} s and was stopped.",
                "REQUEST_STOPPED");
            return;
        }
        if (result.Executed && cached is null) documents.Keep(request.Query!, document!);
        var status = result.Executed ? StatusCodes.Status200OK : cannotRun;
        await WriteAsync(http, serializer, responseType, status, result);
    }

    private static DocumentRefusal? Refusal(GraphQLHttpRequest request, PersistedDocument? persistedDocument,
        GraphQLSettings settings, ICurrentUser user)
    {
        if (request.DocumentId is not null && persistedDocument is null)
            return new("PERSISTED_QUERY_NOT_FOUND", "Unknown documentId: the server knows only the documents of the portal it serves.");
        if (request.Query is not null && settings.AllowArbitraryDocuments == ArbitraryDocuments.SignedIn && !user.IsAuthenticated)
            return new("PERSISTED_QUERY_REQUIRED",
                "Sign in to send a document as text; without a sign-in only the portal's documents run (by documentId).");
        return null;
    }

    private static string? ResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return MediaTypeNames.Application.Json;
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return MediaTypeNames.Application.Json;
        }
        return null;
    }

    private static bool IsJsonUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static bool IsQuery(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.FirstOrDefault()
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation is null or { Operation: OperationType.Query };
    }

    private static Task WriteProblemAsync(HttpContext http, IGraphQLTextSerializer serializer, string responseType, int status, string message,
        string? code = null) =>
        WriteAsync(http, serializer, responseType, status,
            new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }], Executed = false });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string responseType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
