using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.AddPerson;

internal sealed class AddPersonInputType : InputObjectGraphType<AddPersonInput>
{
    public AddPersonInputType()
    {
        Name = "AddPersonInput";
        Field(i => i.VillageCode).Description("Kemendagri code of the village, e.g. 61.01.01.2001.");
        Field(i => i.FullName);
        Field(i => i.Nik).Description("16 digits.");
        Field(i => i.PositionCode).Description("A code from `positions`.");
        Field(i => i.TermStart);
        Field(i => i.TermEnd, nullable: true);
        Field<EnrollmentInputType>("enrollment");
    }
}

internal sealed class EnrollmentInputType : InputObjectGraphType<EnrollmentInput>
{
    public EnrollmentInputType()
    {
        Name = "EnrollmentInput";
        Field(i => i.Kpj).Description("Digits only.");
        Field("programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Program")))));
        Field(i => i.StartDate);
        Field("scheme", new GraphQLTypeReference("Scheme")).Description("PU (default) or BPU.");
        Field(i => i.WageBase, nullable: true).Description("Monthly rupiah; default: the position's wage base.");
    }
}

internal sealed class AddPersonPayloadType() : PayloadType<PersonType, Person>("AddPersonPayload", "person");
