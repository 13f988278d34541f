namespace DesaPlatform.Regions.Contracts;

public interface IRegionExporter
{
    /// <summary>The import's columns: <c>code,name,level,parent_code,kind</c>.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The active regions of a sub-tree (all of the caller's scope when <paramref name="rootCode"/> is null), as the import reads them.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> RowsAsync(string? rootCode, CancellationToken cancellationToken);

    /// <summary><see cref="RowsAsync"/> as a CSV file that imports unchanged.</summary>
    Task WriteCsvAsync(Stream output, string? rootCode, CancellationToken cancellationToken);
}
