using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.AddNote;

internal sealed class AddActionNoteInputType : InputObjectGraphType<AddActionNoteInput>
{
    public AddActionNoteInputType()
    {
        Name = "AddActionNoteInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field(i => i.Note);
    }
}

internal sealed class AddActionNotePayloadType() : PayloadType<FollowUpActionType, FollowUpAction>("AddActionNotePayload", "action");
