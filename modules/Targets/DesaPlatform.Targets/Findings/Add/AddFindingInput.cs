using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Findings.Add;

internal sealed record AddFindingInput(Guid MeetingId, string VillageCode, MonevSegment Segment, string ObstacleCode, string Note);
