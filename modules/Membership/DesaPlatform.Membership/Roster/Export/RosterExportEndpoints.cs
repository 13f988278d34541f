using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Export;

/// <summary>
/// <c>GET /api/roster/export?region=61.01.01.2001&amp;format=csv|xlsx</c>: the current roster of a village (or of every
/// village under a region) in the import's columns, complete, in catalog order. <c>GET /api/roster/template?village=…&amp;format=…</c>:
/// the header with one example row.
/// </summary>
internal static class RosterExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/roster/export", async (string region, string? format, IRegionDirectory regions, MembershipDbContext db,
            ICurrentUser user, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await regions.FindAsync(region, cancellationToken) is null) return Results.NotFound();
            var people = CurrentRoster.Of(db.People.AsNoTracking())
                .Where(RegionScope.Under(region).Predicate<Person>(p => p.RegionCode))
                .Join(db.Positions, p => p.PositionCode, position => position.Code, (p, position) => new { Person = p, position.SortOrder })
                .OrderBy(x => x.Person.RegionCode).ThenBy(x => x.SortOrder).ThenBy(x => x.Person.FullName).ThenBy(x => x.Person.Id)
                .Select(x => x.Person)
                .AsAsyncEnumerable();
            var rows = people.Select(p => (IReadOnlyList<string>)RosterColumns.All
                .Zip(RosterColumns.Row(p.RegionCode, p.Data()), (column, cell) => RosterColumns.FieldOf(column) is { } field
                    ? PersonalFields.Text(field, cell, user)!
                    : cell)
                .ToList());
            await SpreadsheetResponse.WriteAsync(response, $"daftar-{region}", format, RosterColumns.All, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();

        app.MapGet("/api/roster/template", async (string? village, string? format, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var example = new[] { RosterColumns.Example(string.IsNullOrEmpty(village) ? "61.01.01.2001" : village) }.ToAsyncEnumerable();
            await SpreadsheetResponse.WriteAsync(response, "templat-daftar-desa", format, RosterColumns.All, example, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
    }
}
