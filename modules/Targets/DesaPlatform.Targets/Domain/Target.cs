using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>A coverage target in percent for one indicator, region and year, set by the province.</summary>
internal sealed class Target : IRegionOwned
{
    public const string Ucj = "UCJ";

    public int Id { get; init; }
    public required string Indicator { get; init; }
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required decimal Percent { get; set; }
}
