using DesaPlatform.Membership.Domain;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class EnrollmentType : ObjectGraphType<Enrollment>
{
    public EnrollmentType()
    {
        Name = "Enrollment";
        Field(e => e.Kpj).Description("BPJS Ketenagakerjaan membership number.");
        Field<NonNullGraphType<SchemeType>>("scheme").Resolve(ctx => ctx.Source.Scheme);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>>("programs").Resolve(ctx => ctx.Source.Programs);
        Field(e => e.WageBase);
        Field(e => e.StartDate);
        Field<NonNullGraphType<EnrollmentStatusType>>("status").Resolve(ctx => ctx.Source.Status);
    }
}
