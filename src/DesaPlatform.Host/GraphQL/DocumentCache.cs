using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// Parsed documents by query text. The portal sends the same few documents over and over; parsing them each time
/// costs more than the rest of a small request. Bounded: when full it is cleared rather than tracked per entry.
/// </summary>
internal sealed class DocumentCache
{
    private const int Capacity = 500;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new();

    public GraphQLDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out var cached)) return cached;
        var document = Parser.Parse(query);
        if (_documents.Count >= Capacity) _documents.Clear();
        _documents[query] = document;
        return document;
    }
}
