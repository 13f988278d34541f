namespace DesaPlatform.Regions.Contracts;

/// <summary>What other modules may know of a region. <see cref="IsDesa"/>: a desa or desa adat (has a village government and BPD).</summary>
public sealed record RegionSummary(string Code, string Name, int Depth, bool IsDesa);
