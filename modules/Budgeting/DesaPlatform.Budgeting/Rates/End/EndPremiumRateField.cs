using DesaPlatform.Budgeting.Rates.Add;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Rates.End;

internal sealed record EndPremiumRateInput(int Id, int Version, DateOnly EffectiveUntil);

internal sealed class EndPremiumRateInputType : InputObjectGraphType<EndPremiumRateInput>
{
    public EndPremiumRateInputType()
    {
        Name = "EndPremiumRateInput";
        Field<NonNullGraphType<IntGraphType>>("id").Description("The rate's id (as listed).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read; a rate changed since is not overwritten.");
        Field(i => i.EffectiveUntil).Description("The last day the version is in force.");
    }
}

internal static class EndPremiumRateField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PremiumRatePayloadType>>("endPremiumRate")
            .Description("Ends a rate version on a day not yet past: after it, the program has no rate until a later version starts.")
            .Argument<NonNullGraphType<EndPremiumRateInputType>>("input")
            .RequireRoles(RateEditors.Roles)
            .ResolveAsync(async ctx => await ctx.Service<EndPremiumRateHandler>().HandleAsync(ctx.GetArgument<EndPremiumRateInput>("input"), ctx.CancellationToken));
}
