using DesaPlatform.Budgeting.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies;

internal sealed class GroupFundingInputType : InputObjectGraphType<GroupFunding>
{
    public GroupFundingInputType()
    {
        Name = "GroupFundingInput";
        Field<NonNullGraphType<PositionGroupType>>("group");
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme")));
        Field("programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Program")))))
            .Description("At least JKK and JKM.");
        Field<NonNullGraphType<WageBaseRuleType>>("wageRule");
        Field(g => g.WageAmount, nullable: true).Description("Rupiah a month: the regency's amount, or the declared income to plan with (BPU).");
        Field<ListGraphType<NonNullGraphType<PositionWageInputType>>>("positionWages")
            .Description("Positions whose regency amount differs from the group's.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerShareInputType>>>>("shares")
            .Description("Per program, who pays which percent; each program's shares add up to 100.");
    }
}

internal sealed class PositionWageInputType : InputObjectGraphType<PositionWage>
{
    public PositionWageInputType()
    {
        Name = "PositionWageInput";
        Field(w => w.PositionCode);
        Field(w => w.Amount);
    }
}

internal sealed class PayerShareInputType : InputObjectGraphType<PayerShare>
{
    public PayerShareInputType()
    {
        Name = "PayerShareInput";
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program")));
        Field<NonNullGraphType<PayerType>>("payer");
        Field(s => s.Percent).Description("Percent of the program's premium, two decimals.");
    }
}
