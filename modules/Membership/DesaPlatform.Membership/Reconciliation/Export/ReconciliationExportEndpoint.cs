using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Membership.Reconciliation.Export;

/// <summary>
/// <c>GET /api/bpjs-reconciliation/export?region=61.01&amp;run=…&amp;format=csv|xlsx</c>: every result in the region of a
/// run, or without one of each village's newest list (as the page's default view), complete; NIK and KPJ as the reader may see them.
/// </summary>
internal static class ReconciliationExportEndpoint
{
    public static readonly string[] Header =
        ["kelompok", "kode_wilayah", "nik", "no_kpj", "nama_di_daftar_desa", "nama_di_bpjs", "segmen", "program", "aktif_di_bpjs", "bulan_terakhir_bayar", "nama_berbeda", "tanggal_lahir_berbeda",
         "mantan_pejabat_desa", "masa_jabatan_berakhir"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/bpjs-reconciliation/export", async (string region, Guid? run, string? format, ReconciliationReader reader, ICurrentUser user,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            var view = await reader.ViewAsync(region, run, cancellationToken);
            if (view is null || view.Cover.Shares.Count == 0) return Results.NotFound();
            var rows = reader.AllResults(view.Cover).Select(r => (IReadOnlyList<string>)
            [
                r.Group.ToString(), r.RegionCode, ResultFields.Text(nameof(r.Nik), r.Nik, user)!, ResultFields.Text(nameof(r.Kpj), r.Kpj, user) ?? "",
                r.RosterName ?? "", r.BpjsName ?? "", r.Segment?.ToString().ToUpperInvariant() ?? "", r.Programs ?? "",
                r.ActiveAtBpjs switch { true => "ya", false => "tidak", null => "" }, r.LastPaidMonth ?? "",
                r.NameMismatch ? "ya" : "", r.BirthDateMismatch ? "ya" : "", r.FormerVillageCode ?? "", r.FormerTermEnd?.ToString("yyyy-MM-dd") ?? "",
            ]);
            await SpreadsheetResponse.WriteAsync(response, $"rekonsiliasi-bpjs-{region}-{view.Cover.Shares.Max(s => s.List.AsOf):yyyy-MM-dd}", format, Header, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount(ReconciliationRoles.Readers);
}
