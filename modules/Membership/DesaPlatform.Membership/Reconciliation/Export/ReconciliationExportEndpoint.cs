using DesaPlatform.Membership.Reconciliation.Domain;
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
        ["kelompok", "kode_wilayah", "nik", "no_kpj", "nama_di_daftar_desa", "nama_di_bpjs", "segmen", "program", "aktif_di_bpjs",
         "aktif_jkk_jkm_di_bpjs", "bulan_terakhir_bayar", "nama_berbeda", "tanggal_lahir_berbeda", "mantan_pejabat_desa", "masa_jabatan_berakhir"];

    /// <summary>The groups as the file's Indonesian columns read (the page's names, as codes a sheet can filter on).</summary>
    private static readonly IReadOnlyDictionary<ReconciliationGroup, string> GroupNames = new Dictionary<ReconciliationGroup, string>
    {
        [ReconciliationGroup.Consistent] = "sesuai",
        [ReconciliationGroup.DeclaredNotActive] = "tercatat_terlindungi_tidak_aktif_di_bpjs",
        [ReconciliationGroup.ActiveNotDeclared] = "aktif_di_bpjs_belum_tercatat",
        [ReconciliationGroup.NotActiveNotDeclared] = "tidak_aktif_di_bpjs_belum_tercatat",
        [ReconciliationGroup.Unmatched] = "di_bpjs_tidak_menjabat",
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/bpjs-reconciliation/export", async (string region, Guid? run, string? format, ReconciliationReader reader, ICurrentUser user,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            var view = await reader.ViewAsync(region, run, cancellationToken);
            if (view is null || view.Cover.Shares.Count == 0) return Results.NotFound();
            var rows = reader.AllResults(view.Cover).Select(r => (IReadOnlyList<string>)
            [
                GroupNames[r.Group], r.RegionCode, ResultFields.Text(nameof(r.Nik), r.Nik, user)!, ResultFields.Text(nameof(r.Kpj), r.Kpj, user) ?? "",
                r.RosterName ?? "", r.BpjsName ?? "", r.Segment?.ToString().ToUpperInvariant() ?? "", r.Programs ?? "",
                YesNo(r.ActiveAtBpjs), YesNo(r.ProtectedAtBpjs), r.LastPaidMonth ?? "",
                r.NameMismatch ? "ya" : "", r.BirthDateMismatch ? "ya" : "", r.FormerVillageCode ?? "", r.FormerTermEnd?.ToString("yyyy-MM-dd") ?? "",
            ]);
            await SpreadsheetResponse.WriteAsync(response, $"rekonsiliasi-bpjs-{region}-{view.Cover.Shares.Max(s => s.List.AsOf):yyyy-MM-dd}", format, Header, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount(ReconciliationRoles.Readers);

    private static string YesNo(bool? answer) => answer switch { true => "ya", false => "tidak", null => "" };
}
