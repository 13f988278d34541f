using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies;

internal sealed class FundingPolicyType : ObjectGraphType<FundingPolicy>
{
    public FundingPolicyType()
    {
        Name = "FundingPolicy";
        Description = "A regency's funding policy for one fiscal year, under its Perbup: what each position group is insured for, on what, and who pays.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(p => p.RegionCode).Description("The regency.");
        Field<NonNullGraphType<StringGraphType>>("regionName").Description("The regency's name.")
            .Resolve(ctx => ctx.Service<RegionNames>().Load(ctx.Source.RegionCode));
        Field(p => p.Year).Description("The fiscal year.");
        Field(p => p.RegulationNumber).Description("The Perbup (or Perwali) that sets it.");
        Field(p => p.RegulationDate);
        Field(p => p.BpdAccountCode, nullable: true).Description("The regency's own APBDes account for BPD premiums (no standard code exists), e.g. 5.1.4.91.");
        Field(p => p.BpuDiscountForVillageBudget)
            .Description("Whether PP 50/2025's 50% BPU JKK+JKM discount (April–December 2026) is taken where the APBDes pays; never where APBN/APBD pays.");
        Field(p => p.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupFundingType>>>>("groups").Resolve(ctx => ctx.Source.Groups);
        Field(p => p.Version).Description("Send it back with a change (setFundingPolicy): a policy changed since is not saved over.");
    }
}

internal sealed class GroupFundingType : ObjectGraphType<GroupFunding>
{
    public GroupFundingType()
    {
        Name = "GroupFunding";
        Field<NonNullGraphType<PositionGroupType>>("group").Resolve(ctx => ctx.Source.Group);
        Field("scheme", new NonNullGraphType(new GraphQLTypeReference("Scheme"))).Resolve(ctx => ctx.Source.Scheme);
        Field("programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Program")))))
            .Resolve(ctx => ctx.Source.Programs);
        Field<NonNullGraphType<WageBaseRuleType>>("wageRule").Resolve(ctx => ctx.Source.WageRule);
        Field(g => g.WageAmount, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionWageType>>>>("positionWages").Resolve(ctx => ctx.Source.PositionWages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerShareType>>>>("shares").Resolve(ctx => ctx.Source.Shares);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WageBaseType>>>>("wageBases")
            .Description("The monthly wage base (or declared income) of each catalog position of the group under this policy.")
            .ResolveAsync(async ctx => (await ctx.Service<IPositionCatalog>().AllAsync(ctx.CancellationToken))
                .Where(p => PositionGroups.Of(p) == ctx.Source.Group)
                .Select(p => new WageBase(p.Code, p.Name, ctx.Source.WageBaseOf(p)))
                .ToList());
    }
}

internal sealed record WageBase(string PositionCode, string PositionName, decimal Amount);

internal sealed class WageBaseType : ObjectGraphType<WageBase>
{
    public WageBaseType()
    {
        Name = "WageBase";
        Field(w => w.PositionCode);
        Field(w => w.PositionName);
        Field(w => w.Amount);
    }
}

internal sealed class PositionWageType : ObjectGraphType<PositionWage>
{
    public PositionWageType()
    {
        Name = "PositionWage";
        Field(w => w.PositionCode);
        Field(w => w.Amount);
    }
}

internal sealed class PayerShareType : ObjectGraphType<PayerShare>
{
    public PayerShareType()
    {
        Name = "PayerShare";
        Field("program", new NonNullGraphType(new GraphQLTypeReference("Program"))).Resolve(ctx => ctx.Source.Program);
        Field<NonNullGraphType<PayerType>>("payer").Resolve(ctx => ctx.Source.Payer);
        Field(s => s.Percent);
    }
}

internal sealed class PositionGroupType : EnumerationGraphType<PositionGroup>
{
    public PositionGroupType() => Name = "PositionGroup";
}

internal sealed class PayerType : EnumerationGraphType<Payer>
{
    public PayerType()
    {
        Name = "Payer";
        Description = "APBDes by source (ADD, DD, PAD), APBD kabupaten/kota, APBD provinsi, or a deduction from the member.";
    }
}

internal sealed class WageBaseRuleType : EnumerationGraphType<WageBaseRule>
{
    public WageBaseRuleType() => Name = "WageBaseRule";
}
