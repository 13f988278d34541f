namespace DesaPlatform.SharedKernel.Access;

/// <summary>A row that belongs to a region: reads are filtered and writes checked against the caller's scope.</summary>
public interface IRegionOwned
{
    string RegionCode { get; }
}
