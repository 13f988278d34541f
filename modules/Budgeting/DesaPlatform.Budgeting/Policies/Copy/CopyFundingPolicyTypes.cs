using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.Copy;

internal sealed record CopyFundingPolicyInput(string RegionCode, int FromYear, int ToYear, string? RegulationNumber, DateOnly? RegulationDate);

internal sealed class CopyFundingPolicyInputType : InputObjectGraphType<CopyFundingPolicyInput>
{
    public CopyFundingPolicyInputType()
    {
        Name = "CopyFundingPolicyInput";
        Field(i => i.RegionCode).Description("The regency.");
        Field(i => i.FromYear).Description("The year whose policy is copied.");
        Field(i => i.ToYear).Description("The new year; it must have no policy yet.");
        Field(i => i.RegulationNumber, nullable: true).Description("The new year's Perbup; none keeps the copied one (a Perbup that stays in force).");
        Field(i => i.RegulationDate, nullable: true).Description("Its date; with a new number only.");
    }
}

internal sealed class CopyFundingPolicyPayloadType() : PayloadType<FundingPolicyType, FundingPolicy>("CopyFundingPolicyPayload", "fundingPolicy");
