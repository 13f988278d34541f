using System.Security.Cryptography;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>A file an import read, as its audit summary names it: by name and by content (SHA-256), so the very file can be found again.</summary>
public sealed class ImportedFile(string name, byte[] content)
{
    public string Name { get; } = name;
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The summary's first details: the file's name and hash.</summary>
    public Dictionary<string, object?> Details() => new() { ["file"] = Name, ["sha256"] = Sha256 };
}
