using DesaPlatform.Budgeting.Domain;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.GraphQL;

internal sealed class PremiumRateDiscountType : ObjectGraphType<PremiumRateDiscount>
{
    public PremiumRateDiscountType()
    {
        Name = "PremiumRateDiscount";
        Description = "A dated cut of a program's premium; it reaches members paying themselves, never APBN/APBD payers, APBDes payers as the funding policy says.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme"))).Resolve(ctx => ctx.Source.Scheme);
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program"))).Resolve(ctx => ctx.Source.Program);
        Field(d => d.Percent).Description("The share of the premium waived, in percent.");
        Field(d => d.EffectiveFrom);
        Field(d => d.EffectiveUntil).Description("The last day of the discount.");
        Field(d => d.Regulation);
        Field(d => d.Note, nullable: true);
        Field(d => d.Version).Description("Changes with every edit; an edit names the version it read.");
    }
}
