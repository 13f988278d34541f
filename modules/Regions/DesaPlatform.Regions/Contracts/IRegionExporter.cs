namespace DesaPlatform.Regions.Contracts;

public interface IRegionExporter
{
    /// <summary>The active regions of a sub-tree (all of the caller's scope when <paramref name="rootCode"/> is null), as the import reads them.</summary>
    Task WriteCsvAsync(Stream output, string? rootCode, CancellationToken cancellationToken);

    Task WriteXlsxAsync(Stream output, string? rootCode, CancellationToken cancellationToken);
}
