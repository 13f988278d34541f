using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Findings.Add;

internal sealed class AddFindingInputType : InputObjectGraphType<AddFindingInput>
{
    public AddFindingInputType()
    {
        Name = "AddMonevFindingInput";
        Field<NonNullGraphType<IdGraphType>>("meetingId");
        Field(i => i.VillageCode).Description("A desa of the meeting's region, e.g. 61.01.01.2001.");
        Field<NonNullGraphType<MonevSegmentType>>("segment");
        Field(i => i.ObstacleCode).Description("A code from `obstacles`.");
        Field(i => i.Note);
    }
}

internal sealed class AddFindingPayloadType() : PayloadType<MonevFindingType, MonevFinding>("AddMonevFindingPayload", "finding");
