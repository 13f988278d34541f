using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// Parsed text documents by the SHA-256 of their text, kept only once a document has passed validation (so a stream
/// of junk cannot fill it), and bounded by the characters of the texts kept: when full it is cleared rather than
/// tracked per entry. The portal sends persisted documents, which need no cache; this serves API clients.
/// </summary>
internal sealed class DocumentCache(GraphQLSettings settings)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new();
    private long _characters;

    public GraphQLDocument? Find(string text) => _documents.GetValueOrDefault(Key(text));

    public void Keep(string text, GraphQLDocument document)
    {
        if (Interlocked.Add(ref _characters, text.Length) > settings.DocumentCacheCharacters)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _characters, text.Length);
        }
        _documents[Key(text)] = document;
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
