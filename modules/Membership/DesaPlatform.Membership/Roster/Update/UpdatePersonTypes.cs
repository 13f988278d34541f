using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Update;

internal sealed class UpdatePersonInputType : PersonInputType
{
    public UpdatePersonInputType() : base("UpdatePersonInput") =>
        Field<NonNullGraphType<IdGraphType>>("personId").Description("The current version (draft or official) being changed.");
}

internal sealed class UpdatePersonPayloadType() : PayloadType<PersonType, Person>("UpdatePersonPayload", "person");
