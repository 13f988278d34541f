using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.GraphQL;

internal sealed class MonevMeetingQueryShape : QueryShape<MonevMeeting>
{
    public MonevMeetingQueryShape() : base("MonevMeeting")
    {
        FilterString("regionCode", m => m.RegionCode);
        Sort("date", m => m.Date);
    }
}

internal sealed class MonevFindingQueryShape : QueryShape<MonevFinding>
{
    public MonevFindingQueryShape() : base("MonevFinding")
    {
        FilterString("villageCode", f => f.RegionCode);
        FilterEnum<MonevSegment, MonevSegmentType>("segment", f => f.Segment);
        Sort("recordedAt", f => f.RecordedAt);
    }
}
