using GraphQLParser;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Persisted;

/// <summary>One of the portal's documents: parsed at its first use, and known valid once it has run once.</summary>
internal sealed class PersistedDocument(string text)
{
    private readonly Lazy<GraphQLDocument> _document = new(() => Parser.Parse(text));
    private volatile bool _validated;

    public string Text => text;

    public GraphQLDocument Document => _document.Value;

    /// <summary>
    /// Set after the document passed every validation rule once. Whether a document is valid against the schema does
    /// not depend on who sends it or on the variables, so later requests skip those rules; the rules that do depend on
    /// them (the role gate, complexity) run on every request (<see cref="ValidatedDocumentExecution"/>).
    /// </summary>
    public bool Validated
    {
        get => _validated;
        set => _validated = value;
    }
}
