namespace DesaPlatform.Regions.Domain;

public enum RegionLevel
{
    Province,
    Regency,
    District,
    Village,
}
