using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Meetings.Record;

internal sealed class RecordMeetingInputType : InputObjectGraphType<RecordMeetingInput>
{
    public RecordMeetingInputType()
    {
        Name = "RecordMonevMeetingInput";
        Field(i => i.RegionCode).Description("The region the meeting was held for (province, regency, district), e.g. 61 or 61.01.");
        Field(i => i.Date);
        Field(i => i.Place);
        Field(i => i.Participants).Description("One participant (name, office) a line.");
        Field(i => i.Summary, nullable: true);
    }
}

internal sealed class RecordMeetingPayloadType() : PayloadType<MonevMeetingType, MonevMeeting>("RecordMonevMeetingPayload", "meeting");
