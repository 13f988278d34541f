namespace DesaPlatform.Targets.Meetings.Record;

internal sealed record RecordMeetingInput(string RegionCode, DateOnly Date, string Place, string Participants, string? Summary);
