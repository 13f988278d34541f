using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.Add;

internal static class AddPremiumRateField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PremiumRatePayloadType>>("addPremiumRate")
            .Description("Adds a version of a program's rate, in force from a date (until the next version, or until it is ended).")
            .Argument<NonNullGraphType<AddPremiumRateInputType>>("input")
            .RequireRoles(RateEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<AddPremiumRateHandler>().HandleAsync(ctx.GetArgument<AddPremiumRateInput>("input"), ctx.CancellationToken));
}
