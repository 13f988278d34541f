using DesaPlatform.Budgeting.Payments;
using DesaPlatform.Budgeting.Policies;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Gap.Find;

internal sealed class BudgetGapType : ObjectGraphType<BudgetGap>
{
    public BudgetGapType()
    {
        Name = "BudgetGap";
        Description = "A region's premium budget for a year: needed, planned, paid and the gaps, for the region and each child region.";
        Field(g => g.RegionCode);
        Field(g => g.RegionName);
        Field(g => g.Year);
        Field(g => g.RosterAsOf).Description("The day of the approved rosters whose people in office are priced: the year's last day for a past year, else today.");
        Field<StringGraphType>("paidThrough").Description("The last closed month of the year whose payments are counted, YYYY-MM; null when none is closed yet.")
            .Resolve(ctx => ctx.Source.PaidThrough is { } month ? PaymentRules.FormatPeriod(month) : null);
        Field<NonNullGraphType<GapRowType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapRowType>>>>("children").Description("Per child region; none for a village.")
            .Resolve(ctx => ctx.Source.Children);
    }
}

internal sealed class GapRowType : ObjectGraphType<GapRow>
{
    public GapRowType()
    {
        Name = "BudgetGapRow";
        Field(r => r.RegionCode);
        Field(r => r.RegionName);
        Field(r => r.Desa).Description("Desa (not kelurahan) of the region.");
        Field(r => r.DesaPriced).Description("Of them, those whose regency has a funding policy for the year: every figure covers these only.");
        Field(r => r.PeoplePriced).Description("People in office on the approved rosters, priced.");
        Field(r => r.PeopleUnpriced).Description("People in office in villages whose regency has no funding policy for the year: in no figure.");
        Field(r => r.DesaWithApprovedPlan).Description("Villages with an approved budget plan for the year.");
        Field(r => r.Needed).Description("Everyone in office covered for the twelve months under the policy, every payer (rupiah).");
        Field(r => r.Planned).Description("The approved plans' lines, latest approved revision of each (rupiah).");
        Field(r => r.Paid).Description("Payments for the year's months up to paidThrough (rupiah); payments name no payer, so this is a total.");
        Field(r => r.GapToPlanned).Description("Needed − planned.");
        Field(r => r.GapToPaid).Description("Needed − paid: the year's need against what was paid so far.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerGapType>>>>("byPayer").Resolve(ctx => ctx.Source.ByPayer);
    }
}

internal sealed class PayerGapType : ObjectGraphType<PayerGap>
{
    public PayerGapType()
    {
        Name = "BudgetGapPayer";
        Field<NonNullGraphType<PayerType>>("payer").Resolve(ctx => ctx.Source.Payer);
        Field(p => p.Needed);
        Field(p => p.Planned);
        Field(p => p.Gap).Description("Needed − planned.");
    }
}
