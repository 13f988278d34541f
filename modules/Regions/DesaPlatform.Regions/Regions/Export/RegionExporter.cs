using System.Text;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Regions.Import;
using DesaPlatform.Regions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Regions.Export;

/// <summary>Writes active regions in the import's own format (CRLF lines, as the Kemendagri-derived national file), so an export imports unchanged.</summary>
internal sealed class RegionExporter(RegionsDbContext db) : IRegionExporter
{
    public async Task WriteCsvAsync(Stream output, string? rootCode, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(RegionFileReader.Header);
        foreach (var fields in await RowsAsync(rootCode, cancellationToken)) await writer.WriteLineAsync(CsvLine.Join(fields));
    }

    public async Task WriteXlsxAsync(Stream output, string? rootCode, CancellationToken cancellationToken) =>
        Xlsx.Write(output, "Wilayah", RegionFileReader.Header.Split(','), await RowsAsync(rootCode, cancellationToken));

    private async Task<List<string[]>> RowsAsync(string? rootCode, CancellationToken cancellationToken)
    {
        var regions = db.Regions.AsNoTracking().Where(r => r.RetiredOn == null);
        if (rootCode is not null)
        {
            var prefix = rootCode + ".";
            regions = regions.Where(r => r.Code == rootCode || r.Code.StartsWith(prefix));
        }
        var list = await regions.ToListAsync(cancellationToken);
        return list.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new[] { r.Code, r.Name, RegionLevelNames.ToText(r.Level), r.ParentCode ?? "", RegionKindNames.ToText(r.Kind) })
            .ToList();
    }
}
