using DesaPlatform.Budgeting.Domain;
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
        Field(r => r.Regulation);
    }
}
