using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Targets.Set;

internal sealed class SetTargetHandler(TargetsDbContext db, IRegionDirectory regions)
{
    private const int Province = 1;
    private const int Regency = 2;

    public async Task<Payload<Target>> HandleAsync(SetTargetInput input, CancellationToken cancellationToken)
    {
        var errors = await ProblemsAsync(input, cancellationToken);
        if (errors.Count > 0) return Payload<Target>.Failure(errors);

        var target = await db.Targets.FirstOrDefaultAsync(
            t => t.Indicator == input.Indicator && t.RegionCode == input.RegionCode && t.Year == input.Year, cancellationToken);
        if (input.Percent is not { } percent)
        {
            if (target is null) return Payload<Target>.Failure(UserError.NotFound("regionCode"));
            db.Targets.Remove(target);
        }
        else if (target is null)
        {
            target = new Target { Indicator = input.Indicator, RegionCode = input.RegionCode, Year = input.Year, Percent = percent };
            db.Targets.Add(target);
        }
        else
        {
            target.Percent = percent;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Target>.Success(target);
    }

    private async Task<List<UserError>> ProblemsAsync(SetTargetInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (IndicatorCatalog.Find(input.Indicator) is null)
            errors.Add(new UserError("UNKNOWN_INDICATOR", $"Indikator '{input.Indicator}' tidak ada dalam katalog.", "indicator")
                { Values = MessageValues.Of(("indicator", input.Indicator)) });
        if (input.Year is < Target.FirstYear or > Target.LastYear)
            errors.Add(new UserError("TARGET_YEAR", $"Tahun target harus antara {Target.FirstYear} dan {Target.LastYear}.", "year"));
        if (input.Percent is < 0 or > 100 || (input.Percent is { } percent && decimal.Round(percent, 2) != percent))
            errors.Add(new UserError("TARGET_PERCENT", "Target harus antara 0 dan 100 persen, paling banyak dua desimal.", "percent"));
        var region = await regions.FindAsync(input.RegionCode, cancellationToken);
        if (region is null) errors.Add(UserError.UnknownRegion(input.RegionCode, "regionCode"));
        else if (region.Depth is not (Province or Regency))
            errors.Add(new UserError("TARGET_REGION_LEVEL", "Target ditetapkan untuk provinsi atau kabupaten/kota.", "regionCode"));
        return errors;
    }
}
