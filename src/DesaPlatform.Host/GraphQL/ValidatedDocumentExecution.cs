using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// A parsed document that passed every validation rule once runs only the rules registered for cached documents
/// (<c>useForCachedDocuments</c>: the role gate and the complexity limit, which depend on the caller and the variables)
/// instead of the whole set, as graphql-dotnet's own document cache does. Whether a document is valid against the
/// schema does not depend on who sends it. Documents are known by reference: the portal's persisted documents and the
/// <see cref="DocumentCache"/> hand out the same parsed instance each time, and one parsed for a single request is
/// forgotten with it.
/// </summary>
internal sealed class ValidatedDocumentExecution : IConfigureExecution
{
    private readonly ConditionalWeakTable<GraphQLDocument, object> _validated = [];

    // After the options (the rules are appended there), before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not { } document) return await next(options);
        if (_validated.TryGetValue(document, out _)) options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        var result = await next(options);
        if (result.Executed) _validated.TryAdd(document, document);
        return result;
    }
}
