using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.Set;

internal sealed record SetFundingPolicyInput(
    string RegionCode, int Year, string? RegulationNumber, DateOnly? RegulationDate, string? BpdAccountCode, bool BpuDiscountForVillageBudget,
    string? Note, IReadOnlyList<GroupFunding> Groups, int? Version)
{
    public FundingPolicyInputValues Values => new(RegulationNumber, RegulationDate, BpdAccountCode, BpuDiscountForVillageBudget, Note, Groups);
}

internal sealed class SetFundingPolicyInputType : InputObjectGraphType<SetFundingPolicyInput>
{
    public SetFundingPolicyInputType()
    {
        Name = "SetFundingPolicyInput";
        Field(i => i.RegionCode).Description("The regency.");
        Field(i => i.Year).Description("The fiscal year.");
        Field(i => i.RegulationNumber, nullable: true).Description("The Perbup's number, e.g. \"Perbup Sambas Nomor 12 Tahun 2025\".");
        Field(i => i.RegulationDate, nullable: true).Description("The date the Perbup was set.");
        Field(i => i.BpdAccountCode, nullable: true).Description("The regency's APBDes account for BPD premiums; needed when the APBDes pays for BPD.");
        Field(i => i.BpuDiscountForVillageBudget, nullable: true).DefaultValue(false)
            .Description("Take PP 50/2025's BPU JKK+JKM discount where the APBDes pays (default: no — the sources are silent).");
        Field(i => i.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupFundingInputType>>>>("groups").Description("Every position group, once.");
        Field(i => i.Version, nullable: true).Description("The version read, to change a policy already set; none to set a new one.");
    }
}

internal sealed class SetFundingPolicyPayloadType() : PayloadType<FundingPolicyType, FundingPolicy>("SetFundingPolicyPayload", "fundingPolicy");
