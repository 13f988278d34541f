using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.GraphQL;

internal sealed class PremiumRateType : ObjectGraphType<PremiumRate>
{
    public PremiumRateType()
    {
        Name = "PremiumRate";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme"))).Resolve(ctx => ctx.Source.Scheme);
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program"))).Resolve(ctx => ctx.Source.Program);
        Field(r => r.Percent, nullable: true).Description("Percent of the wage base (or declared income).");
        Field(r => r.FlatAmount, nullable: true).Description("A fixed monthly amount in rupiah instead of a percentage.");
        Field(r => r.MinimumAmount, nullable: true);
        Field(r => r.WageCap, nullable: true);
        Field(r => r.EffectiveFrom);
        Field(r => r.EffectiveUntil, nullable: true).Description("The last day in force, when the version was ended; else until the next version starts.");
        Field(r => r.Regulation);
        Field(r => r.Note, nullable: true);
        Field(r => r.ToConfirm).Description("Published but not yet confirmed: computed all the same.");
        Field(r => r.Version).Description("Send it back with a correction: a version changed since is not overwritten.");
        Field<NonNullGraphType<BooleanGraphType>>("figuresLocked")
            .Description("In force since a day gone by (or today): its figures and start can no longer be corrected.")
            .Resolve(ctx => ctx.Source.InForceBy(ctx.Service<IClock>().Today));
    }
}
