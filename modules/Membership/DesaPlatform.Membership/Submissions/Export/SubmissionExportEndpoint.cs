using System.Globalization;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Export;

/// <summary>
/// <c>GET /api/submissions/export?status=SUBMITTED&amp;region=61.01.01&amp;format=csv|xlsx</c>: the submissions in the
/// caller's scope (optionally one status, one region), oldest first, complete — the inbox as a file.
/// </summary>
internal static class SubmissionExportEndpoint
{
    private static readonly IReadOnlyList<string> Header =
    [
        "kode_desa", "status", "diajukan", "diajukan_oleh", "hari_menunggu", "jumlah_perubahan", "baru", "diubah", "berakhir",
        "diputuskan", "diputuskan_oleh", "alasan",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/submissions/export", async (string? status, string? region, string? format, MembershipDbContext db, IClock clock,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            var submissions = db.Submissions.AsNoTracking();
            if (status is not null)
            {
                if (!Enum.TryParse<SubmissionStatus>(status, ignoreCase: true, out var wanted)) return Results.BadRequest($"Unknown status '{status}'.");
                submissions = submissions.Where(s => s.Status == wanted);
            }
            if (region is not null) submissions = submissions.Where(RegionScope.Under(region).Predicate<Submission>(s => s.RegionCode));
            var now = clock.UtcNow;
            var rows = submissions.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).AsAsyncEnumerable().Select(s => (IReadOnlyList<string>)
            [
                s.RegionCode, s.Status.ToString().ToUpperInvariant(), RegionTime.Of(s.RegionCode).Format(s.SubmittedAt), s.SubmittedBy,
                s.WaitingDays(now).ToString(CultureInfo.InvariantCulture),
                s.PeopleCount.ToString(CultureInfo.InvariantCulture), s.AddedCount.ToString(CultureInfo.InvariantCulture),
                s.ChangedCount.ToString(CultureInfo.InvariantCulture), s.EndedCount.ToString(CultureInfo.InvariantCulture),
                s.ReviewedAt is { } at ? RegionTime.Of(s.RegionCode).Format(at) : "", s.ReviewedBy ?? "", s.Reason ?? "",
            ]);
            await SpreadsheetResponse.WriteAsync(response, "pengajuan", format, Header, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
}
