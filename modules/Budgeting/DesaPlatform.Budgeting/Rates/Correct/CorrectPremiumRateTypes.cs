using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.Correct;

internal sealed record CorrectPremiumRateInput(
    int Id, int Version, DateOnly EffectiveFrom, decimal? Percent, decimal? FlatAmount, decimal? MinimumAmount, decimal? WageCap,
    string Regulation, string? Note, bool ToConfirm) : IRateInput;

internal sealed class CorrectPremiumRateInputType : InputObjectGraphType<CorrectPremiumRateInput>
{
    public CorrectPremiumRateInputType()
    {
        Name = "CorrectPremiumRateInput";
        Field<NonNullGraphType<IntGraphType>>("id").Description("The rate's id (as listed).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a rate changed since is not overwritten.");
        RateInputFields.AddTo(this);
    }
}
