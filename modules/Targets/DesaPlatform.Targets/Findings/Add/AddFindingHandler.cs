using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Findings.Add;

internal sealed class AddFindingHandler(TargetsDbContext db, IRegionDirectory regions, ICurrentUser user, IClock clock)
{
    public async Task<Payload<MonevFinding>> HandleAsync(AddFindingInput input, CancellationToken cancellationToken)
    {
        var meeting = await db.MonevMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == input.MeetingId, cancellationToken);
        if (meeting is null) return Payload<MonevFinding>.Failure(UserError.NotFound("meetingId"));
        if (await VillageErrorAsync(input.VillageCode, meeting.RegionCode, cancellationToken) is { } villageError)
            return Payload<MonevFinding>.Failure(villageError);
        var obstacle = await db.Obstacles.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Code == input.ObstacleCode, cancellationToken);
        var errors = MonevText.Errors(
            obstacle is null || !obstacle.AppliesTo(input.VillageCode)
                ? new UserError("UNKNOWN_OBSTACLE", "Kendala tidak ada dalam katalog provinsi ini.", "obstacleCode")
                : null,
            MonevText.Required(input.Note, MonevModel.NoteLength, "note", "Catatan temuan"));
        if (errors.Count > 0) return Payload<MonevFinding>.Failure(errors);

        var finding = new MonevFinding
        {
            MeetingId = meeting.Id, RegionCode = input.VillageCode, Segment = input.Segment, ObstacleCode = obstacle!.Code,
            Note = MonevText.Clean(input.Note)!, RecordedBy = user.UserName!, RecordedAt = clock.UtcNow,
        };
        db.MonevFindings.Add(finding);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<MonevFinding>.Success(finding);
    }

    /// <summary>A finding is about a desa (not a kelurahan) of the meeting's region, in the caller's scope.</summary>
    private async Task<UserError?> VillageErrorAsync(string code, string meetingRegion, CancellationToken cancellationToken)
    {
        var village = await regions.FindAsync(code, cancellationToken);
        if (village is not { Depth: 4 }) return UserError.UnknownRegion(code, "villageCode");
        if (!RegionCode.IsWithin(code, meetingRegion))
            return new UserError("VILLAGE_OUTSIDE_MEETING", $"Desa {village.Name} tidak berada di wilayah rapat ini.", "villageCode")
                { Values = MessageValues.Of(("village", village.Name)) };
        return village.IsDesa ? null
            : new UserError("NOT_A_DESA", $"{village.Name} adalah kelurahan; temuan monev dicatat untuk desa.", "villageCode")
                { Values = MessageValues.Of(("village", village.Name)) };
    }
}
