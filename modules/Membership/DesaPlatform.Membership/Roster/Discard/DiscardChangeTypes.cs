using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Discard;

internal sealed record PersonIdInput(Guid PersonId);

internal sealed class DiscardChangeInputType : InputObjectGraphType<PersonIdInput>
{
    public DiscardChangeInputType()
    {
        Name = "DiscardChangeInput";
        Field<NonNullGraphType<IdGraphType>>("personId").Description("A draft version.");
    }
}

internal sealed class DiscardChangePayloadType() : PayloadType<PersonType, Person>("DiscardChangePayload", "person");
