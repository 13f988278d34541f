using Microsoft.Extensions.FileProviders;

namespace DesaPlatform.Host.Portal;

/// <summary>Serves the built portal (web/dist) at <c>/</c>, with client-side routes falling back to index.html.</summary>
internal static class PortalFiles
{
    public static void UsePortalFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        if (Provider(app) is not { } files) return;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx =>
            {
                // Vite puts a content hash in every asset name, so they never change under the same name.
                if (ctx.Context.Request.Path.StartsWithSegments("/assets"))
                    ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
    }

    // The default fallback skips paths that look like file names, and region codes and user names have dots
    // (/regions/61.01.01.2001, /users/op.dalamkaum): those client routes fall back explicitly. Add a prefix here when a
    // new route carries such a value.
    private static readonly string[] RoutesWithCodes = ["regions", "roster", "users"];

    public static void MapPortalFallback(this WebApplication app)
    {
        if (Provider(app) is not { } files) return;
        var index = new StaticFileOptions { FileProvider = files };
        app.MapFallbackToFile("index.html", index);
        foreach (var route in RoutesWithCodes) app.MapFallbackToFile($"{route}/{{*path}}", "index.html", index);
        // An unknown API address is an error for its client, not a page of the portal.
        app.MapFallback("api/{*path}", () => Results.NotFound());
    }

    private static PhysicalFileProvider? Provider(WebApplication app)
    {
        var folder = Path.GetFullPath(app.Configuration["Portal:Path"] ?? Path.Combine(app.Environment.ContentRootPath, "../../web/dist"));
        if (File.Exists(Path.Combine(folder, "index.html"))) return new PhysicalFileProvider(folder);
        app.Logger.LogWarning("Portal not found at {Folder}: only the API is served. Build it with `npm run build` in web/.", folder);
        return null;
    }
}
