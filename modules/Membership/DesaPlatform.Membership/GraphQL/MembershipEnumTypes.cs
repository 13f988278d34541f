using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class SegmentType : EnumerationGraphType<Segment>
{
    public SegmentType() => Name = "Segment";
}

internal sealed class RosterStatusType : EnumerationGraphType<RosterStatus>
{
    public RosterStatusType() => Name = "RosterStatus";
}

internal sealed class SexType : EnumerationGraphType<Sex>
{
    public SexType() => Name = "Sex";
}

internal sealed class AppointmentType : EnumerationGraphType<Appointment>
{
    public AppointmentType()
    {
        Name = "Appointment";
        Description = "DEFINITIVE, or ACTING (Plt/Pj).";
    }
}

internal sealed class EnrollmentStatusType : EnumerationGraphType<EnrollmentStatus>
{
    public EnrollmentStatusType() => Name = "EnrollmentStatus";
}

internal sealed class ChangeKindType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindType() => Name = "ChangeKind";
}

internal sealed class ProgramType : EnumerationGraphType<SocialSecurityProgram>
{
    public ProgramType() => Name = "Program";
}

internal sealed class SchemeType : EnumerationGraphType<Scheme>
{
    public SchemeType() => Name = "Scheme";
}
