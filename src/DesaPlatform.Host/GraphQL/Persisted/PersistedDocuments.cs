using System.Collections.Frozen;
using System.Text.Json;
using DesaPlatform.Host.Portal;

namespace DesaPlatform.Host.GraphQL.Persisted;

/// <summary>
/// The portal's operations by id, from the manifest its build writes (<c>persisted-documents.json</c>: id → document,
/// ids are <c>sha256:&lt;hex&gt;</c> of the document's text, as the GraphQL-over-HTTP persisted-documents appendix
/// names them). Without a built portal there are none, and only documents sent as text run.
/// </summary>
internal sealed class PersistedDocuments
{
    public const string ManifestName = "persisted-documents.json";

    private readonly FrozenDictionary<string, PersistedDocument> _documents;

    public PersistedDocuments(PortalFolder portal, ILogger<PersistedDocuments> logger)
    {
        var manifest = portal.Files?.GetFileInfo(ManifestName);
        if (manifest is not { Exists: true })
        {
            _documents = FrozenDictionary<string, PersistedDocument>.Empty;
            return;
        }
        using var stream = manifest.CreateReadStream();
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        _documents = texts.ToFrozenDictionary(entry => entry.Key, entry => new PersistedDocument(entry.Value));
        logger.LogInformation("{Count} persisted GraphQL documents from {Manifest}", _documents.Count, manifest.PhysicalPath);
    }

    public PersistedDocument? Find(string id) => _documents.GetValueOrDefault(id);
}
