using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.Add;

internal sealed class AddActionInputType : InputObjectGraphType<AddActionInput>
{
    public AddActionInputType()
    {
        Name = "AddFollowUpActionInput";
        Field<NonNullGraphType<IdGraphType>>("findingId");
        Field(i => i.What);
        Field<NonNullGraphType<ActionOwnerType>>("owner");
        Field(i => i.OwnerName, nullable: true).Description("Required when the owner is OTHER.");
        Field(i => i.DueDate);
    }
}

internal sealed class AddActionPayloadType() : PayloadType<FollowUpActionType, FollowUpAction>("AddFollowUpActionPayload", "action");
