using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Add;

internal sealed class AddPersonInputType : PersonInputType
{
    public AddPersonInputType() : base("AddPersonInput") =>
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("Kemendagri code of the village, e.g. 61.01.01.2001.");
}

internal sealed class AddPersonPayloadType() : PayloadType<PersonType, Person>("AddPersonPayload", "person");
