using DesaPlatform.Budgeting.Payments;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears.List;

internal sealed class MonthArrearsType : ObjectGraphType<MonthArrears>
{
    public MonthArrearsType()
    {
        Name = "MonthArrears";
        Field<NonNullGraphType<StringGraphType>>("period").Description("YYYY-MM.").Resolve(ctx => PaymentRules.FormatPeriod(ctx.Source.Period));
        Field(m => m.Due).Description("Rupiah BPJS bills for the month: the enrollment in force then, at the rates then, with a discount where it reaches the payer under the regency's funding policy.");
        Field(m => m.PolicyAssumed).Description("No funding policy of the regency for the year: the due assumes who pays (see ArrearsSummary.yearsWithoutPolicy).");
        Field(m => m.Paid).Description("Rupiah recorded as paid for the month.");
        Field(m => m.Owed).Description("Due − paid, never below zero.");
    }
}

internal sealed class PersonArrearsType : ObjectGraphType<PersonArrears>
{
    public PersonArrearsType()
    {
        Name = "PersonArrears";
        Description = "A person's premiums due and paid month by month, to the last closed month. No NIK or KPJ: the name is enough here.";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field(p => p.RegionCode);
        Field(p => p.FullName);
        Field(p => p.PositionCode);
        Field<NonNullGraphType<StringGraphType>>("positionName").Description("The position's name, from the (cached) position catalog.")
            .ResolveAsync(async ctx => (await ctx.Service<IPositionCatalog>().AllAsync(ctx.CancellationToken))
                .FirstOrDefault(p => p.Code == ctx.Source.PositionCode)?.Name ?? ctx.Source.PositionCode);
        Field<NonNullGraphType<StringGraphType>>("asOf").Description("The last month counted, YYYY-MM.").Resolve(ctx => PaymentRules.FormatPeriod(ctx.Source.AsOf));
        Field(p => p.MonthsOwed).Description("Months with less paid than due.");
        Field(p => p.Owed).Description("Rupiah owed over all months.");
        Field(p => p.ConsecutiveUnpaid).Description("Unpaid months in a row up to asOf.");
        Field(p => p.AtRisk).Description("Unpaid for more months in a row than the arrears rule allows: protection may lapse.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthArrearsType>>>>("months").Resolve(ctx => ctx.Source.Months);
    }
}

internal sealed class PersonArrearsConnectionType() : ConnectionType<PersonArrears>("PersonArrears", "PersonArrears");
