namespace DesaPlatform.Host.Portal;

/// <summary>Serves the built portal (web/dist) at <c>/</c>, with client-side routes falling back to index.html.</summary>
internal static class PortalFiles
{
    public static IServiceCollection AddPortalFiles(this IServiceCollection services) => services.AddSingleton<PortalFolder>();

    public static void UsePortalFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        if (app.Services.GetRequiredService<PortalFolder>().Files is not { } files) return;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UsePrecompressedFiles(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedFiles.ContentTypes(),
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
        if (app.Services.GetRequiredService<PortalFolder>().Files is not { } files) return;
        var index = new StaticFileOptions { FileProvider = files };
        app.MapFallbackToFile("index.html", index);
        foreach (var route in RoutesWithCodes) app.MapFallbackToFile($"{route}/{{*path}}", "index.html", index);
        // An unknown API address is an error for its client, not a page of the portal.
        app.MapFallback("api/{*path}", () => Results.NotFound());
    }
}
