using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Ucj.Set;

/// <summary>Records the UCJ figures of a region for a month, or corrects those recorded.</summary>
internal sealed class SetUcjInputHandler(TargetsDbContext db, UcjRules rules)
{
    public async Task<Payload<UcjInput>> HandleAsync(SetUcjInputInput input, CancellationToken cancellationToken)
    {
        if (await rules.CheckRegionAsync(input.RegionCode, cancellationToken) is { } regionError) return Payload<UcjInput>.Failure(regionError);
        var values = UcjRules.Normalized(input.Values);
        var errors = rules.Check(input.RegionCode, input.Period, values).ToList();
        if (errors.Count > 0) return Payload<UcjInput>.Failure(errors);

        var period = UcjRules.ParsePeriod(input.Period)!.Value;
        var existing = await db.UcjInputs.FirstOrDefaultAsync(u => u.RegionCode == input.RegionCode && u.Period == period, cancellationToken);
        if (existing is null) db.UcjInputs.Add(existing = UcjInput.From(input.RegionCode, period, values));
        else existing.Take(values);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<UcjInput>.Success(existing);
    }
}
