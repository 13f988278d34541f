using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Regions.Import;
using DesaPlatform.Regions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Regions.Export;

/// <summary>Active regions in the import's own format (CRLF lines, as the Kemendagri-derived national file), so an export imports unchanged.</summary>
internal sealed class RegionExporter(RegionsDbContext db) : IRegionExporter
{
    public IReadOnlyList<string> Header { get; } = RegionFileReader.Header.Split(',');

    public async Task WriteCsvAsync(Stream output, string? rootCode, CancellationToken cancellationToken) =>
        await CsvOutput.WriteAsync(output, Header, (await RowsAsync(rootCode, cancellationToken)).ToAsyncEnumerable(), cancellationToken);

    public async Task<IReadOnlyList<IReadOnlyList<string>>> RowsAsync(string? rootCode, CancellationToken cancellationToken)
    {
        var regions = db.Regions.AsNoTracking().Where(r => r.RetiredOn == null);
        if (rootCode is not null) regions = regions.Where(RegionScope.Under(rootCode).Predicate<Region>(r => r.Code));
        var list = await regions.ToListAsync(cancellationToken);
        return list.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(IReadOnlyList<string> (r) => [r.Code, r.Name, RegionLevelNames.ToText(r.Level), r.ParentCode ?? "", RegionKindNames.ToText(r.Kind)])
            .ToList();
    }
}
