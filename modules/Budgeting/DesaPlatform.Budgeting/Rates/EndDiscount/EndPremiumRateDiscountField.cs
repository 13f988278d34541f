using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.EndDiscount;

internal sealed record EndPremiumRateDiscountInput(int Id, int Version, DateOnly EffectiveUntil);

internal sealed class EndPremiumRateDiscountInputType : InputObjectGraphType<EndPremiumRateDiscountInput>
{
    public EndPremiumRateDiscountInputType()
    {
        Name = "EndPremiumRateDiscountInput";
        Field<NonNullGraphType<IntGraphType>>("id").Description("The discount's id (as listed).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a discount changed since is not overwritten.");
        Field(i => i.EffectiveUntil).Description("The new last day: earlier cuts the discount short, later extends it.");
    }
}

internal static class EndPremiumRateDiscountField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PremiumRateDiscountPayloadType>>("endPremiumRateDiscount")
            .Description("Moves a discount's last day to a day not yet past — sooner (cut short) or later (extended by a new regulation).")
            .Argument<NonNullGraphType<EndPremiumRateDiscountInputType>>("input")
            .RequireRoles(RateEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<EndPremiumRateDiscountHandler>()
                .HandleAsync(ctx.GetArgument<EndPremiumRateDiscountInput>("input"), ctx.CancellationToken));
}
