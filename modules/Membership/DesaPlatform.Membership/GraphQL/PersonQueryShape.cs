using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.SharedKernel.GraphQL.Paging;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class PersonQueryShape : QueryShape<Person>
{
    public PersonQueryShape() : base("Person")
    {
        FilterString("villageCode", p => p.RegionCode);
        FilterString("fullName", p => p.FullName);
        FilterString("positionCode", p => p.PositionCode);
        FilterEnum<RosterStatus, RosterStatusType>("status", p => p.Status);
        Sort("fullName", p => p.FullName);
        Sort("termStart", p => p.TermStart);
    }
}

internal sealed class PeopleConnectionType() : ConnectionType<Person>("People", "Person");
