namespace DesaPlatform.Regions.Domain;

internal enum RegionLevel
{
    Province,
    Regency,
    District,
    Village,
}
