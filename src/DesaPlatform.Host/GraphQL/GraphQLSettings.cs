using DesaPlatform.Host.GraphQL.Persisted;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// The <c>GraphQL</c> section of the configuration (<c>GraphQL__MaxDocumentTokens=3000</c> and so on). The limits make
/// a hostile request cheap to refuse; the defaults leave the portal's documents, the standard introspection query and
/// a roster import of a few megabytes ample room.
/// </summary>
internal sealed class GraphQLSettings
{
    public ArbitraryDocuments AllowArbitraryDocuments { get; init; } = ArbitraryDocuments.Always;

    /// <summary>The request body (the JSON with the document, the variables and an imported file as base64); every endpoint's too.</summary>
    public long MaxRequestBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The body of a caller who is not signed in: the portal's documents by id, or a small query, need little.</summary>
    public long MaxAnonymousRequestBytes { get; init; } = 64 * 1024;

    /// <summary>A document sent as text, in characters; persisted documents are the portal's own and exempt.</summary>
    public int MaxDocumentLength { get; init; } = 50_000;

    /// <summary>A document's tokens (names, punctuation, values); bounds the validation rules that compare fields pairwise.</summary>
    public int MaxDocumentTokens { get; init; } = 2_000;

    /// <summary>Fields of a document once its fragments are spread, counted before any rule expands them.</summary>
    public int MaxExpandedFields { get; init; } = 5_000;

    /// <summary>Selections of one response name in one selection set (fragments spread); the overlapping-fields rule compares them pairwise.</summary>
    public int MaxSameFieldSelections { get; init; } = 20;

    /// <summary>The parser's nesting limit, in syntax nodes (a selection level is about two).</summary>
    public int MaxParserDepth { get; init; } = 64;

    /// <summary>Parsed text documents kept for reuse, by the size of their text.</summary>
    public int DocumentCacheCharacters { get; init; } = 4_000_000;

    /// <summary>One query's validation and execution; the request is cancelled after it, and at shutdown.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One mutation's: a province's roster import or bulk approval of 2,046 villages takes about half a minute on a quiet
    /// server, and a write stopped half-way is rolled back, its work lost.
    /// </summary>
    public TimeSpan MutationExecutionTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public static GraphQLSettings From(IConfiguration configuration) =>
        configuration.GetSection("GraphQL").Get<GraphQLSettings>() ?? new GraphQLSettings();
}
