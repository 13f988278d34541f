using DesaPlatform.Budgeting.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.Cost;

internal sealed class TargetCostType : ObjectGraphType<TargetCost>
{
    public TargetCostType()
    {
        Name = "TargetCost";
        Description = "What reaching a year's person-coverage targets would cost a year, by payer, for a region and each child region.";
        Field(c => c.RegionCode);
        Field(c => c.RegionName);
        Field(c => c.Year).Description("The target year; premiums at its rates, twelve months.");
        Field(c => c.AsOf).Description("The day of the approved rosters counted (people in office, covered): today, or a past year's last day.");
        Field<NonNullGraphType<ScenarioSwitchesType>>("switches").Resolve(ctx => ctx.Source.Switches);
        Field<NonNullGraphType<StringGraphType>>("scenario").Description("The switch set in words.").Resolve(ctx => ctx.Source.Switches.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyYearType>>>>("policyYears")
            .Description("The funding policy each regency was priced with: the target year's, or its latest earlier one.")
            .Resolve(ctx => ctx.Source.PolicyYears.OrderBy(p => p.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("targetYears")
            .Description("Every year with a person-coverage target for the region or one of its child regions.").Resolve(ctx => ctx.Source.TargetYears);
        Field<NonNullGraphType<TargetCostRowType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetCostRowType>>>>("children").Resolve(ctx => ctx.Source.Children);
    }
}

internal sealed class PolicyYearType : ObjectGraphType<KeyValuePair<string, int>>
{
    public PolicyYearType()
    {
        Name = "PolicyYear";
        Field<NonNullGraphType<StringGraphType>>("regencyCode").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Value);
    }
}

internal sealed class TargetCostRowType : ObjectGraphType<TargetCostRow>
{
    public TargetCostRowType()
    {
        Name = "TargetCostRow";
        Field(r => r.RegionCode);
        Field(r => r.RegionName);
        Field(r => r.Desa).Description("Desa (not kelurahan) of the region.");
        Field(r => r.DesaPriced).Description("Of them, those whose regency has a funding policy to price with.");
        Field(r => r.Unpriced).Description("Some segment with people to enrol could not be priced: the cost leaves them out.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerAmountType>>>>("cost")
            .Description("Aparatur desa, BPD and ekosistem added up; the kepala desa (also aparatur) only where the aparatur desa have no target.").Resolve(ctx => ctx.Source.Cost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentCostType>>>>("segments").Resolve(ctx => ctx.Source.Segments);
    }
}

internal sealed class SegmentCostType : ObjectGraphType<SegmentCost>
{
    public SegmentCostType()
    {
        Name = "SegmentCost";
        Field(s => s.Segment).Description("APARATUR_DESA, BPD, EKOSISTEM_DESA or KEPALA_DESA (also inside APARATUR_DESA).");
        Field(s => s.Target, nullable: true).Description("The person-coverage target in percent; null when none is set for the year.");
        Field(s => s.TargetSetFor, nullable: true).Description("The region the target was set for (this one, or an ancestor it is inherited from).");
        Field(s => s.InOffice);
        Field(s => s.Covered);
        Field(s => s.ToEnrol, nullable: true).Description("ceil(target × in office) − covered, never below 0; null without a target.");
        Field(s => s.PeoplePriced).Description("People in office whose premium could be priced: the per-person premium is their average.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerAmountType>>>>("perPerson")
            .Description("The premium of one person for the twelve months, by payer (rupiah).").Resolve(ctx => ctx.Source.PerPerson);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerAmountType>>>>("cost")
            .Description("toEnrol × the per-person premium, by payer (rupiah); empty without a target or a price.").Resolve(ctx => ctx.Source.Cost);
    }
}

internal sealed class PayerAmountType : ObjectGraphType<PayerAmount>
{
    public PayerAmountType()
    {
        Name = "PayerAmount";
        Field("payer", new NonNullGraphType(new GraphQLTypeReference("Payer"))).Resolve(ctx => ctx.Source.Payer);
        Field(a => a.Amount);
    }
}

internal sealed class BpdSchemeType : EnumerationGraphType<BpdScheme>
{
    public BpdSchemeType()
    {
        Name = "BpdScheme";
        Description = "BPD members as each regency's policy says, or all as BPU, or all as PU.";
    }
}

internal sealed class ScenarioSwitchesType : ObjectGraphType<PolicySwitches>
{
    public ScenarioSwitchesType()
    {
        Name = "ScenarioSwitches";
        Field<NonNullGraphType<BpdSchemeType>>("bpdAs").Resolve(ctx => ctx.Source.BpdAs);
        Field(s => s.JhtForKepalaDesa);
    }
}

internal sealed class ScenarioSwitchesInputType : InputObjectGraphType<PolicySwitches>
{
    public ScenarioSwitchesInputType()
    {
        Name = "ScenarioSwitchesInput";
        Field<BpdSchemeType>("bpdAs").Description("POLICY when left out.");
        Field<BooleanGraphType>("jhtForKepalaDesa").Description("JHT for the kepala desa too (PU: 3.7 % employer + 2 % member, PP 46/2015); false when left out.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PolicySwitches(
        value.TryGetValue("bpdAs", out var bpd) && bpd is BpdScheme scheme ? scheme : BpdScheme.Policy,
        value.TryGetValue("jhtForKepalaDesa", out var jht) && jht is true);
}
