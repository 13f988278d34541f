using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.GraphQL;

/// <summary>What a page of meetings, findings or actions shows of each other: one query per level, in the caller's scope.</summary>
internal sealed class MonevLoaders(TargetsDbContext db)
{
    private readonly BatchLoader<Guid, MonevMeeting> _meetings = new(async (ids, ct) =>
        await db.MonevMeetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct));

    private readonly BatchLoader<Guid, MonevFinding> _findings = new(async (ids, ct) =>
        await db.MonevFindings.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct));

    private readonly BatchLoader<Guid, List<MonevFinding>> _findingsOfMeeting = new(async (ids, ct) =>
        (await db.MonevFindings.AsNoTracking().Where(f => ids.Contains(f.MeetingId)).ToListAsync(ct))
        .GroupBy(f => f.MeetingId)
        .ToDictionary(g => g.Key, g => g.OrderBy(f => f.RegionCode).ThenBy(f => f.RecordedAt).ToList()));

    private readonly BatchLoader<Guid, List<FollowUpAction>> _actionsOfFinding = new(async (ids, ct) =>
        (await db.FollowUpActions.AsNoTracking().Where(a => ids.Contains(a.FindingId)).ToListAsync(ct))
        .GroupBy(a => a.FindingId)
        .ToDictionary(g => g.Key, g => g.OrderBy(a => a.DueDate).ThenBy(a => a.RecordedAt).ToList()));

    private readonly BatchLoader<Guid, List<ActionUpdate>> _updatesOfAction = new(async (ids, ct) =>
        (await db.ActionUpdates.AsNoTracking().Where(u => ids.Contains(u.ActionId)).ToListAsync(ct))
        .GroupBy(u => u.ActionId)
        .ToDictionary(g => g.Key, g => g.OrderBy(u => u.At).ToList()));

    // The catalog is reference data: a finding's obstacle is named even when it is another province's entry.
    private readonly BatchLoader<string, Obstacle> _obstacles = new(async (codes, ct) =>
        await db.Obstacles.IgnoreQueryFilters().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct));

    /// <summary>The meeting, or null when it was held for a region outside the caller's scope.</summary>
    public IDataLoaderResult<MonevMeeting?> Meeting(Guid id) => _meetings.Load(id);

    public IDataLoaderResult<MonevFinding?> Finding(Guid id) => _findings.Load(id);

    public IDataLoaderResult<List<MonevFinding>> FindingsOf(Guid meetingId) => _findingsOfMeeting.Load(meetingId).Then(f => f ?? []);

    public IDataLoaderResult<List<FollowUpAction>> ActionsOf(Guid findingId) => _actionsOfFinding.Load(findingId).Then(a => a ?? []);

    public IDataLoaderResult<List<ActionUpdate>> UpdatesOf(Guid actionId) => _updatesOfAction.Load(actionId).Then(u => u ?? []);

    public IDataLoaderResult<Obstacle?> Obstacle(string code) => _obstacles.Load(code);
}
