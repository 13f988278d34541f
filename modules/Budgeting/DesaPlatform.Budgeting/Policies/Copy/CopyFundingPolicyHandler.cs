using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Policies.Set;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Policies.Copy;

/// <summary>A new year's policy as a copy of an earlier one, checked again as if set by hand (the catalog may have changed).</summary>
internal sealed class CopyFundingPolicyHandler(BudgetingDbContext db, FundingPolicyRules rules, ArrearsStamps stamps)
{
    private static readonly UserError NothingToCopy =
        new("FUNDING_POLICY_NOTHING_TO_COPY", "Kabupaten/kota ini belum punya kebijakan pendanaan untuk tahun yang disalin.", "fromYear");

    private static readonly UserError YearTaken = SetFundingPolicyHandler.YearTaken with { Field = "toYear" };

    public async Task<Payload<FundingPolicy>> HandleAsync(CopyFundingPolicyInput input, CancellationToken cancellationToken)
    {
        if (await rules.CheckRegionAsync(input.RegionCode, cancellationToken) is { } regionError) return Payload<FundingPolicy>.Failure(regionError);
        if (FundingPolicyRules.CheckYear(input.ToYear, "toYear") is { } yearError) return Payload<FundingPolicy>.Failure(yearError);
        var source = await db.FundingPolicies.AsNoTracking()
            .FirstOrDefaultAsync(p => p.RegionCode == input.RegionCode && p.Year == input.FromYear, cancellationToken);
        if (source is null) return Payload<FundingPolicy>.Failure(NothingToCopy);
        if (await db.FundingPolicies.AnyAsync(p => p.RegionCode == input.RegionCode && p.Year == input.ToYear, cancellationToken))
            return Payload<FundingPolicy>.Failure(YearTaken);

        var renumbered = !string.IsNullOrWhiteSpace(input.RegulationNumber);
        var values = new FundingPolicyInputValues(
            renumbered ? input.RegulationNumber : source.RegulationNumber, renumbered ? input.RegulationDate : source.RegulationDate,
            source.BpdAccountCode, source.BpuDiscountForVillageBudget, source.Note, source.Groups);
        var errors = await rules.CheckAsync(input.RegionCode, values, cancellationToken);
        if (errors.Count > 0) return Payload<FundingPolicy>.Failure(errors);

        var policy = FundingPolicy.From(input.RegionCode, input.ToYear, FundingPolicyRules.Normalized(values));
        db.FundingPolicies.Add(policy);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            return Payload<FundingPolicy>.Failure(YearTaken);
        }
        await stamps.ChangedUnderAsync(input.RegionCode, cancellationToken);
        return Payload<FundingPolicy>.Success(policy);
    }
}
