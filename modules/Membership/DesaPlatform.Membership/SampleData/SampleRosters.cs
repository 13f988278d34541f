using System.Diagnostics;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Membership.SampleData;

/// <summary>
/// The demo's synthetic rosters: every desa of Kalimantan Barat with the history <see cref="SampleVillageHistory"/>
/// makes for it, written in bulk in one transaction with one audit entry, then the kept coverage counted. Only into a
/// database without any roster entry.
/// </summary>
internal sealed class SampleRosters(
    MembershipDbContext db, IRegionDirectory regions, PositionCatalogCache catalog, CoverageKeeper coverage, ICurrentUser user,
    DemoSettings demo, ILogger<SampleRosters> log) : SampleDataInitializer(demo)
{
    public const string Province = "61";

    protected override Task<bool> HoldsDataAsync(CancellationToken cancellationToken) => db.People.AnyAsync(cancellationToken);

    protected override async Task WriteAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var desa = await regions.DesaAsync(Province, cancellationToken);
        if (desa.Count == 0) return;
        var positions = await catalog.AllAsync(cancellationToken);
        var histories = SampleVillage.Of(desa).Select(village => SampleVillageHistory.Of(village, positions)).ToList();
        var people = histories.SelectMany(h => h.People).ToList();
        var submissions = histories.SelectMany(h => h.Submissions).ToList();
        var events = histories.SelectMany(h => h.Events).ToList();

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.InsertInBulkAsync(submissions, ct);
            await db.InsertInBulkAsync(events, ct);
            await db.InsertInBulkAsync(people, ct);
            db.Set<AuditEntry>().Add(AuditRecorder.Summary(MembershipDbContext.SchemaName, user, "SampleData", "rosters", Province, "Created",
                new Dictionary<string, object?>
                {
                    ["desa"] = desa.Count, ["people"] = people.Count, ["submissions"] = submissions.Count, ["events"] = events.Count,
                    ["marker"] = SampleNames.Marker,
                }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await db.AnalyzeAsync<Person>(cancellationToken);
        await db.AnalyzeAsync<Submission>(cancellationToken);
        await db.AnalyzeAsync<SubmissionEvent>(cancellationToken);
        await coverage.RebuildAsync(cancellationToken);
        log.LogInformation("Sample data: synthetic rosters of {Desa} desa ({People} person versions, {Submissions} submissions) in {Elapsed:F1} s",
            desa.Count, people.Count, submissions.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
