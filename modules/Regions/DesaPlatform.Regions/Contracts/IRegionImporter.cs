namespace DesaPlatform.Regions.Contracts;

public interface IRegionImporter
{
    /// <summary>
    /// Compares a region CSV with the tree and, unless <paramref name="dryRun"/> or the file has problems, applies every
    /// change at once. A file describes whole provinces: a region of those provinces missing from it is retired.
    /// </summary>
    Task<RegionImportReport> ImportAsync(Stream csv, string source, bool dryRun, CancellationToken cancellationToken);
}
