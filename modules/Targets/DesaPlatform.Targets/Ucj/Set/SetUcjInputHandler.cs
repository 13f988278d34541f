using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Ucj.Set;

/// <summary>
/// Records the UCJ figures of a region for a month, or corrects those recorded — never over a month it did not read
/// (a new entry for a month already kept) or one changed since it was read.
/// </summary>
internal sealed class SetUcjInputHandler(TargetsDbContext db, UcjRules rules)
{
    private static readonly UserError PeriodTaken =
        new("UCJ_PERIOD_TAKEN", "Data UCJ wilayah ini untuk periode itu sudah ada; ubah dari daftar.", "period");

    private static readonly UserError ChangedMeanwhile =
        new("UCJ_CHANGED_MEANWHILE", "Data UCJ ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public async Task<Payload<UcjInput>> HandleAsync(SetUcjInputInput input, CancellationToken cancellationToken)
    {
        if (await rules.CheckRegionAsync(input.RegionCode, cancellationToken) is { } regionError) return Payload<UcjInput>.Failure(regionError);
        var values = UcjRules.Normalized(input.Values);
        var errors = rules.Check(input.RegionCode, input.Period, values).ToList();
        if (errors.Count > 0) return Payload<UcjInput>.Failure(errors);

        var period = UcjRules.ParsePeriod(input.Period)!.Value;
        var existing = await db.UcjInputs.FirstOrDefaultAsync(u => u.RegionCode == input.RegionCode && u.Period == period, cancellationToken);
        if (existing is null) db.UcjInputs.Add(existing = UcjInput.From(input.RegionCode, period, values));
        else if (input.Version is null) return Payload<UcjInput>.Failure(PeriodTaken);
        else if (input.Version != existing.Version) return Payload<UcjInput>.Failure(ChangedMeanwhile);
        else existing.Take(values);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<UcjInput>.Failure(ChangedMeanwhile);
        }
        return Payload<UcjInput>.Success(existing);
    }
}
