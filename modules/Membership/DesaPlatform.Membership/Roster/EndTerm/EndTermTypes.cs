using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.EndTerm;

internal sealed record EndTermInput(Guid PersonId, DateOnly TermEnd, bool EndEnrollment = true);

internal sealed class EndTermInputType : InputObjectGraphType<EndTermInput>
{
    public EndTermInputType()
    {
        Name = "EndTermInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field(i => i.TermEnd);
        Field<BooleanGraphType>("endEnrollment").Description("Default true; false keeps the enrollment (the person moves to another position).");
    }
}

internal sealed class EndTermPayloadType() : PayloadType<PersonType, Person>("EndTermPayload", "person");
