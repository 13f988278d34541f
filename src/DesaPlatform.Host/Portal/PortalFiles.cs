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

    public static void MapPortalFallback(this WebApplication app)
    {
        if (Provider(app) is { } files)
            app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }

    private static PhysicalFileProvider? Provider(WebApplication app)
    {
        var folder = Path.GetFullPath(app.Configuration["Portal:Path"] ?? Path.Combine(app.Environment.ContentRootPath, "../../web/dist"));
        if (File.Exists(Path.Combine(folder, "index.html"))) return new PhysicalFileProvider(folder);
        app.Logger.LogWarning("Portal not found at {Folder}: only the API is served. Build it with `npm run build` in web/.", folder);
        return null;
    }
}
