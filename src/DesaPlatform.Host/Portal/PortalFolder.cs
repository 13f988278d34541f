using Microsoft.Extensions.FileProviders;

namespace DesaPlatform.Host.Portal;

/// <summary>
/// The built portal (web/dist, or <c>Portal:Path</c>): its pages, GraphiQL's page and the manifest of its GraphQL
/// documents. <see cref="Files"/> is null when the portal has not been built; the API runs without it.
/// </summary>
internal sealed class PortalFolder
{
    public PortalFolder(IConfiguration configuration, IWebHostEnvironment environment, ILogger<PortalFolder> logger)
    {
        Path = System.IO.Path.GetFullPath(configuration["Portal:Path"] ?? System.IO.Path.Combine(environment.ContentRootPath, "../../web/dist"));
        if (File.Exists(System.IO.Path.Combine(Path, "index.html"))) Files = new PhysicalFileProvider(Path);
        else logger.LogWarning("Portal not found at {Folder}: only the API is served. Build it with `npm run build` in web/.", Path);
    }

    public string Path { get; }

    public IFileProvider? Files { get; }
}
