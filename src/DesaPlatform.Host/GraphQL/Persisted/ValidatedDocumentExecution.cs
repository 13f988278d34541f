using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace DesaPlatform.Host.GraphQL.Persisted;

/// <summary>
/// For a persisted document that has been validated once, runs only the validation rules registered for cached
/// documents (<c>useForCachedDocuments</c>: the role gate and the complexity limit, which depend on the caller and the
/// variables) instead of the whole set — graphql-dotnet's own document cache does the same.
/// </summary>
internal sealed class ValidatedDocumentExecution(PersistedDocuments documents) : IConfigureExecution
{
    // After the options (the rules are appended there), before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.DocumentId is not { } id || documents.Find(id) is not { } document) return await next(options);
        if (document.Validated) options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        var result = await next(options);
        if (result.Executed) document.Validated = true;
        return result;
    }
}
