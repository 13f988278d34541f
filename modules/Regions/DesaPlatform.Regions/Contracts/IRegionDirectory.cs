namespace DesaPlatform.Regions.Contracts;

/// <summary>The Regions module's public face: active (not retired) regions, limited to the caller's scope.</summary>
public interface IRegionDirectory
{
    Task<RegionSummary?> FindAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<RegionSummary>> ChildrenAsync(string code, CancellationToken cancellationToken);

    /// <summary>Whether an active kecamatan has this code anywhere in the tree (not only in the caller's scope).</summary>
    Task<bool> DistrictExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>The names of regions anywhere in the tree (not only in the caller's scope): names are public reference data.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>Desa (not kelurahan) in <paramref name="rootCode"/>, grouped like <c>IRosterCounts.CountAsync</c> by code prefix length.</summary>
    Task<IReadOnlyDictionary<string, int>> CountDesaAsync(string rootCode, int groupCodeLength, CancellationToken cancellationToken);

    /// <summary>Every desa (not kelurahan) in <paramref name="rootCode"/>, with its district and regency, in code order.</summary>
    Task<IReadOnlyList<DesaEntry>> DesaAsync(string rootCode, CancellationToken cancellationToken);
}

public sealed record DesaEntry(string Code, string Name, string DistrictName, string RegencyName);
