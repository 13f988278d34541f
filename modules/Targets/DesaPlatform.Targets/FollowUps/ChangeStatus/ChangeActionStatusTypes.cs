using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.ChangeStatus;

internal sealed class ChangeActionStatusInputType : InputObjectGraphType<ChangeActionStatusInput>
{
    public ChangeActionStatusInputType()
    {
        Name = "ChangeActionStatusInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field<NonNullGraphType<ActionStatusType>>("status");
        Field(i => i.Note, nullable: true).Description("Why, or what was done.");
    }
}

internal sealed class ChangeActionStatusPayloadType() : PayloadType<FollowUpActionType, FollowUpAction>("ChangeActionStatusPayload", "action");
