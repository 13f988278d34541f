using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.Add;

internal sealed record AddPremiumRateInput(
    Scheme Scheme, SocialSecurityProgram Program, DateOnly EffectiveFrom, decimal? Percent, decimal? FlatAmount, decimal? MinimumAmount,
    decimal? WageCap, string Regulation, string? Note, bool ToConfirm) : IRateInput;

internal sealed class AddPremiumRateInputType : InputObjectGraphType<AddPremiumRateInput>
{
    public AddPremiumRateInputType()
    {
        Name = "AddPremiumRateInput";
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme")));
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program")));
        RateInputFields.AddTo(this);
    }
}

internal sealed class PremiumRatePayloadType() : PayloadType<PremiumRateType, PremiumRate>("PremiumRatePayload", "premiumRate");
