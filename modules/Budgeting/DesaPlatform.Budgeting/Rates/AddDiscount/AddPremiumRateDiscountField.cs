using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.AddDiscount;

internal static class AddPremiumRateDiscountField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PremiumRateDiscountPayloadType>>("addPremiumRateDiscount")
            .Description("Adds a dated discount of one program's premium for one scheme (as PP 50/2025 did); no two of a program and scheme overlap.")
            .Argument<NonNullGraphType<AddPremiumRateDiscountInputType>>("input")
            .RequireRoles(RateEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<AddPremiumRateDiscountHandler>()
                .HandleAsync(ctx.GetArgument<AddPremiumRateDiscountInput>("input"), ctx.CancellationToken));
}
