using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class EnrollmentType : ObjectGraphType<Enrollment>
{
    public EnrollmentType()
    {
        Name = "Enrollment";
        Field<NonNullGraphType<StringGraphType>>("kpj").Description("BPJS Ketenagakerjaan membership number; hidden (***) to readers who may not read personal data.")
            .Resolve(ctx => PersonalFields.Text("enrollment.kpj", ctx.Source.Kpj, ctx.Service<ICurrentUser>()));
        Field<NonNullGraphType<SchemeType>>("scheme").Resolve(ctx => ctx.Source.Scheme);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>>("programs").Resolve(ctx => ctx.Source.Programs);
        Field(e => e.WageBase);
        Field(e => e.StartDate);
        Field<NonNullGraphType<EnrollmentStatusType>>("status").Resolve(ctx => ctx.Source.Status);
    }
}
