using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DesaPlatform.Tests.Infrastructure;

/// <summary>
/// A stand-in for the built portal (web/dist): its two pages, a script with its precompressed copies, and the manifest
/// of persisted documents, holding the documents below under their <c>sha256:&lt;hex&gt;</c> ids as the build writes them.
/// </summary>
public static class TestPortal
{
    public const string IndexPage = "<!doctype html><title>portal</title>";
    public const string GraphiQLPage = "<!doctype html><title>GraphiQL</title>";
    public const string Script = "console.log('portal');";

    public const string Me = "query Me { me { userName role } }";
    /// <summary>Province admins and regency staff only.</summary>
    public const string Users = "query Users { users(first: 5) { totalCount nodes { userName } } }";
    public const string AddPerson = "mutation AddPerson($input: AddPersonInput!) { addPerson(input: $input) { errors { code } } }";

    public static byte[] Compressed(string text, Func<Stream, Stream> compressor)
    {
        using var bytes = new MemoryStream();
        using (var stream = compressor(bytes)) stream.Write(Encoding.UTF8.GetBytes(text));
        return bytes.ToArray();
    }

    public static string IdOf(string document) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("desa-portal-").FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"), IndexPage);
        File.WriteAllText(Path.Combine(folder, "graphiql.html"), GraphiQLPage);
        var assets = Directory.CreateDirectory(Path.Combine(folder, "assets")).FullName;
        File.WriteAllText(Path.Combine(assets, "portal.js"), Script);
        File.WriteAllBytes(Path.Combine(assets, "portal.js.br"), Compressed(Script, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
        File.WriteAllBytes(Path.Combine(assets, "portal.js.gz"), Compressed(Script, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        var manifest = new[] { Me, Users, AddPerson }.ToDictionary(IdOf);
        File.WriteAllText(Path.Combine(folder, "persisted-documents.json"), JsonSerializer.Serialize(manifest));
        return folder;
    }
}
