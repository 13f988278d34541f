using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Policies.Set;

/// <summary>
/// Sets a regency's policy for a year, or replaces it — never one it did not read (a new policy for a year already set)
/// or one changed since it was read.
/// </summary>
internal sealed class SetFundingPolicyHandler(BudgetingDbContext db, FundingPolicyRules rules, ArrearsStamps stamps)
{
    public static readonly UserError YearTaken =
        new("FUNDING_POLICY_YEAR_TAKEN", "Kebijakan pendanaan kabupaten/kota ini untuk tahun itu sudah ada; ubah yang ada.", "year");

    private static readonly UserError ChangedMeanwhile =
        new("FUNDING_POLICY_CHANGED_MEANWHILE", "Kebijakan ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public async Task<Payload<FundingPolicy>> HandleAsync(SetFundingPolicyInput input, CancellationToken cancellationToken)
    {
        if (await rules.CheckRegionAsync(input.RegionCode, cancellationToken) is { } regionError) return Payload<FundingPolicy>.Failure(regionError);
        var errors = await rules.CheckAsync(input.RegionCode, input.Values, cancellationToken);
        if (FundingPolicyRules.CheckYear(input.Year, "year") is { } yearError) errors.Insert(0, yearError);
        if (errors.Count > 0) return Payload<FundingPolicy>.Failure(errors);

        var values = FundingPolicyRules.Normalized(input.Values);
        var policy = await db.FundingPolicies.FirstOrDefaultAsync(p => p.RegionCode == input.RegionCode && p.Year == input.Year, cancellationToken);
        if (policy is null) db.FundingPolicies.Add(policy = FundingPolicy.From(input.RegionCode, input.Year, values));
        else if (input.Version is null) return Payload<FundingPolicy>.Failure(YearTaken);
        else if (input.Version != policy.Version) return Payload<FundingPolicy>.Failure(ChangedMeanwhile);
        else policy.Take(values);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<FundingPolicy>.Failure(ChangedMeanwhile);
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            return Payload<FundingPolicy>.Failure(YearTaken);
        }
        await stamps.ChangedUnderAsync(input.RegionCode, cancellationToken);
        return Payload<FundingPolicy>.Success(policy);
    }
}
