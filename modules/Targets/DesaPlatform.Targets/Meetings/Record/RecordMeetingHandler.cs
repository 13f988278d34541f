using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;

namespace DesaPlatform.Targets.Meetings.Record;

internal sealed class RecordMeetingHandler(TargetsDbContext db, IRegionDirectory regions, ICurrentUser user, IClock clock)
{
    public async Task<Payload<MonevMeeting>> HandleAsync(RecordMeetingInput input, CancellationToken cancellationToken)
    {
        if (await regions.FindAsync(input.RegionCode, cancellationToken) is null)
            return Payload<MonevMeeting>.Failure(UserError.UnknownRegion(input.RegionCode, "regionCode"));
        var errors = MonevText.Errors(
            MonevText.Required(input.Place, MonevModel.PlaceLength, "place", "Tempat rapat"),
            MonevText.Required(input.Participants, MonevModel.ParticipantsLength, "participants", "Peserta rapat"),
            MonevText.Optional(input.Summary, MonevModel.SummaryLength, "summary", "Ringkasan rapat"));
        if (errors.Count > 0) return Payload<MonevMeeting>.Failure(errors);

        var meeting = new MonevMeeting
        {
            RegionCode = input.RegionCode, Date = input.Date, Place = MonevText.Clean(input.Place)!,
            Participants = MonevText.Clean(input.Participants)!, Summary = MonevText.Clean(input.Summary),
            RecordedBy = user.UserName!, RecordedAt = clock.UtcNow,
        };
        db.MonevMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<MonevMeeting>.Success(meeting);
    }
}
