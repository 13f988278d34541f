namespace DesaPlatform.Regions.Contracts;

public enum RegionChangeKind
{
    Added,
    Renamed,
    Reclassified,
    Retired,
    Restored,
}
