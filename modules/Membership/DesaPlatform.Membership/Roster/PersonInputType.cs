using DesaPlatform.Membership.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster;

internal abstract class PersonInputType : InputObjectGraphType<PersonInput>
{
    protected PersonInputType(string name)
    {
        Name = name;
        Field(i => i.FullName);
        Field(i => i.Nik).Description("16 digits: kecamatan, birth date (day + 40 for women), serial.");
        Field<SexType>("sex").Description("Default: from the NIK.");
        Field(i => i.BirthDate, nullable: true).Description("Default: from the NIK.");
        Field(i => i.Phone, nullable: true);
        Field(i => i.PositionCode).Description("A code from `positions`.");
        Field(i => i.TermStart);
        Field(i => i.TermEnd, nullable: true);
        Field(i => i.SkNumber, nullable: true).Description("Number of the appointment decree (SK).");
        Field(i => i.SkDate, nullable: true);
        Field<AppointmentType>("appointment").Description("Default DEFINITIVE.");
        Field<EnrollmentInputType>("enrollment");
        Field(i => i.NikNote, nullable: true).Description("Required when the NIK holds a position in another village: why.");
    }
}

internal sealed class EnrollmentInputType : InputObjectGraphType<EnrollmentInput>
{
    public EnrollmentInputType()
    {
        Name = "EnrollmentInput";
        Field(i => i.Kpj).Description("Digits only.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>>("programs");
        Field(i => i.StartDate);
        Field<SchemeType>("scheme").Description("PU (default) or BPU.");
        Field(i => i.WageBase, nullable: true).Description("Monthly rupiah; default: the position's wage base.");
        Field<EnrollmentStatusType>("status").Description("Default ACTIVE.");
    }
}
