using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Indicators;

internal sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "One figure of the catalog: what it counts, in words, its unit and where its data comes from.";
        Field(i => i.Code);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("PERSON_COVERAGE, VILLAGE_REGISTRATION, DATA_COMPLETENESS, UCJ or ARREARS.")
            .Resolve(ctx => ctx.Source.Kind.ToString().ToConstantCase());
        Field(i => i.Segment, nullable: true).Description("The reporting segment of a roster indicator: APARATUR_DESA, BPD, EKOSISTEM_DESA or KEPALA_DESA.");
        Field(i => i.NameId).Description("Its name in Bahasa Indonesia.");
        Field(i => i.NameEn);
        Field(i => i.FormulaId).Description("What it counts over what, in Bahasa Indonesia.");
        Field(i => i.FormulaEn);
        Field(i => i.Unit);
        Field(i => i.SourceId).Description("Where its data comes from, in Bahasa Indonesia.");
        Field(i => i.SourceEn);
        Field(i => i.FromRosters).Description("Counted from approved rosters alone; UCJ (outside inputs) and ARREARS (payments) are not.");
        Field(i => i.LowerIsBetter).Description("A lower value is better (ARREARS): on track at or under the target, behind above it.");
    }
}

internal static class ListIndicatorsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The indicator catalog, in the order the portal shows it.")
            .Resolve(_ => IndicatorCatalog.All);
}
