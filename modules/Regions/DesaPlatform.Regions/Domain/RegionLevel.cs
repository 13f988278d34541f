namespace DesaPlatform.Regions.Domain;

internal enum RegionLevel
{
    /// <summary>Indonesia as a whole (<see cref="Region.Country"/>): never a row, never in a region file.</summary>
    Country,
    Province,
    Regency,
    District,
    Village,
}
