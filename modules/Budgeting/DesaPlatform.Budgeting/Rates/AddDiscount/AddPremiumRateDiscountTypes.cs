using DesaPlatform.Membership.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.AddDiscount;

internal sealed record AddPremiumRateDiscountInput(
    Scheme Scheme, SocialSecurityProgram Program, decimal Percent, DateOnly EffectiveFrom, DateOnly EffectiveUntil, string Regulation, string? Note);

internal sealed class AddPremiumRateDiscountInputType : InputObjectGraphType<AddPremiumRateDiscountInput>
{
    public AddPremiumRateDiscountInputType()
    {
        Name = "AddPremiumRateDiscountInput";
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme")));
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program")));
        Field(i => i.Percent).Description("The share of the premium waived, in percent.");
        Field(i => i.EffectiveFrom).Description("The first day of the discount.");
        Field(i => i.EffectiveUntil).Description("The last day of the discount.");
        Field(i => i.Regulation).Description("The regulation the discount comes from.");
        Field(i => i.Note, nullable: true).Description("Whom it reaches and whom not, as the regulation says.");
    }
}
