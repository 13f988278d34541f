using DesaPlatform.Budgeting.Domain;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates;

/// <summary>What a rate version says, as input: the same fields to add a version and to correct one.</summary>
internal interface IRateInput
{
    DateOnly EffectiveFrom { get; }
    decimal? Percent { get; }
    decimal? FlatAmount { get; }
    decimal? MinimumAmount { get; }
    decimal? WageCap { get; }
    string Regulation { get; }
    string? Note { get; }
    bool ToConfirm { get; }
}

internal static class RateInputFields
{
    public static RateTerms Terms(this IRateInput input) => new(input.Percent, input.FlatAmount, input.MinimumAmount, input.WageCap);

    public static RateSource Source(this IRateInput input) => RateRules.Trimmed(new(input.Regulation, input.Note, input.ToConfirm));

    public static void AddTo<T>(InputObjectGraphType<T> type) where T : IRateInput
    {
        type.Field(i => i.EffectiveFrom).Description("The first day the version is in force.");
        type.Field(i => i.Percent, nullable: true).Description("Percent of the wage base (or declared income); or give flatAmount.");
        type.Field(i => i.FlatAmount, nullable: true).Description("A fixed monthly amount in rupiah instead of a percentage.");
        type.Field(i => i.MinimumAmount, nullable: true).Description("The least a month costs, in rupiah (percentage rates only).");
        type.Field(i => i.WageCap, nullable: true).Description("The highest wage the percentage is taken of, in rupiah (percentage rates only).");
        type.Field(i => i.Regulation).Description("The regulation (or letter) the rate comes from.");
        type.Field(i => i.Note, nullable: true);
        type.Field<NonNullGraphType<BooleanGraphType>>("toConfirm").DefaultValue(false)
            .Description("Published but not yet confirmed: shown as such, computed all the same.");
    }
}
