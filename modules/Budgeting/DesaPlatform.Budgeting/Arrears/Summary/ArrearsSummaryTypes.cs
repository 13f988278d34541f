using DesaPlatform.Budgeting.Payments;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears.Summary;

/// <summary>Arrears of a region's people, counted per child region.</summary>
internal sealed record ArrearsTotals(string RegionCode, int People, int AtRisk, decimal Owed);

/// <param name="YearsWithoutPolicy">Years owed in which some regency of the region had no funding policy: those dues assume who pays.</param>
internal sealed record ArrearsSummary(
    string RegionCode, DateOnly AsOf, int? MonthsAllowed, string? RuleSource, ArrearsTotals Total, IReadOnlyList<ArrearsTotals> Children,
    IReadOnlyList<int> YearsWithoutPolicy);

internal sealed class ArrearsTotalsType : ObjectGraphType<ArrearsTotals>
{
    public ArrearsTotalsType()
    {
        Name = "ArrearsTotals";
        Field(t => t.RegionCode);
        Field(t => t.People).Description("People with an active enrollment owing a premium for at least one month.");
        Field(t => t.AtRisk).Description("Of them, at risk.");
        Field(t => t.Owed).Description("Rupiah owed.");
    }
}

internal sealed class ArrearsSummaryType : ObjectGraphType<ArrearsSummary>
{
    public ArrearsSummaryType()
    {
        Name = "ArrearsSummary";
        Field(s => s.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("asOf").Description("The last month counted, YYYY-MM.").Resolve(ctx => PaymentRules.FormatPeriod(ctx.Source.AsOf));
        Field(s => s.MonthsAllowed, nullable: true).Description("Unpaid months in a row allowed before a person is at risk (the rule in force).");
        Field(s => s.RuleSource, nullable: true).Description("Where that figure comes from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("yearsWithoutPolicy")
            .Description("Years owed without a funding policy of the regency: dues there assume the village budget pays, without a discount, except the ekosistem desa, who pay their own (BPU) and get it.")
            .Resolve(ctx => ctx.Source.YearsWithoutPolicy);
        Field<NonNullGraphType<ArrearsTotalsType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrearsTotalsType>>>>("children")
            .Description("Per child region (the village itself for a village).").Resolve(ctx => ctx.Source.Children);
    }
}
