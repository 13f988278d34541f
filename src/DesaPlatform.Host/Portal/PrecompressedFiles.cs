using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DesaPlatform.Host.Portal;

/// <summary>
/// Serves the <c>.br</c> or <c>.gz</c> file the portal's build wrote beside an asset when the browser accepts it:
/// compressed once at the highest level instead of on every request at a fast one. ASP.NET Core's MapStaticAssets
/// does this only for the project's own static web assets, not for a folder such as web/dist; this is the small part
/// of it we need. The request is pointed at the compressed file, which the static file middleware then serves with
/// the original file's content type.
/// </summary>
internal static class PrecompressedFiles
{
    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static void UsePrecompressedFiles(this WebApplication app, IFileProvider files) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value;
        if (HttpMethods.IsGet(http.Request.Method) && path is not null && Path.HasExtension(path))
        {
            var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
            foreach (var (encoding, extension) in Encodings)
            {
                if (!accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality != 0)
                    || !files.GetFileInfo(path + extension).Exists) continue;
                http.Request.Path = path + extension;
                http.Response.Headers.ContentEncoding = encoding;
                http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                break;
            }
        }
        await next();
    });

    /// <summary>Content types by the file's name without its <c>.br</c>/<c>.gz</c>.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, extension) in Encodings)
                if (subpath.EndsWith(extension, StringComparison.Ordinal)) subpath = subpath[..^extension.Length];
            return _types.TryGetContentType(subpath, out contentType!);
        }
    }
}
