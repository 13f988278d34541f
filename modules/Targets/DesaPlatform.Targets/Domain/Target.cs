using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>A target in percent for one indicator, region (the province or a regency) and year, set by the province.</summary>
internal sealed class Target : IRegionOwned
{
    public const int FirstYear = 2020;
    public const int LastYear = 2045;

    public int Id { get; init; }
    public required string Indicator { get; init; }
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required decimal Percent { get; set; }
}
