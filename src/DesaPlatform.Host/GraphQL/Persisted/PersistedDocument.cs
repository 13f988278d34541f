using GraphQLParser;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Persisted;

/// <summary>One of the portal's documents, parsed at its first use (and validated once: <see cref="ValidatedDocumentExecution"/>).</summary>
internal sealed class PersistedDocument(string text)
{
    private readonly Lazy<GraphQLDocument> _document = new(() => Parser.Parse(text));

    public string Text => text;

    public GraphQLDocument Document => _document.Value;
}
