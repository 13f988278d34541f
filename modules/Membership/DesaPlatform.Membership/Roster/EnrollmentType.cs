using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster;

internal sealed class EnrollmentType : ObjectGraphType<Enrollment>
{
    public EnrollmentType()
    {
        Name = "Enrollment";
        Field(e => e.Kpj).Description("BPJS Ketenagakerjaan membership number.");
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme"))).Resolve(ctx => ctx.Source.Scheme);
        Field("programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Program")))))
            .Resolve(ctx => ctx.Source.Programs);
        Field(e => e.WageBase);
        Field(e => e.StartDate);
        Field<NonNullGraphType<EnrollmentStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field("monthlyPremium", new NonNullGraphType(new GraphQLTypeReference("PremiumQuote")))
            .Description("Computed by Budgeting from the rate table in force today.")
            .ResolveAsync(async ctx => await ctx.Service<IPremiumCalculator>().MonthlyPremiumAsync(
                ctx.Source.Scheme, ctx.Source.Programs, ctx.Source.WageBase, ctx.Service<IClock>().Today, ctx.CancellationToken));
    }
}
