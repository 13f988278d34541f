using DesaPlatform.Budgeting.Rates.Add;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.Correct;

internal static class CorrectPremiumRateField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PremiumRatePayloadType>>("correctPremiumRate")
            .Description("Corrects a rate version: its figures and start only while it is not yet in force; its regulation, note and to-confirm mark always.")
            .Argument<NonNullGraphType<CorrectPremiumRateInputType>>("input")
            .RequireRoles(RateEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<CorrectPremiumRateHandler>().HandleAsync(ctx.GetArgument<CorrectPremiumRateInput>("input"), ctx.CancellationToken));
}
