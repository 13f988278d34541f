using DesaPlatform.Regions.Domain;

namespace DesaPlatform.Regions.Regions.Import;

internal sealed record RegionRow(int Line, string Code, string Name, RegionLevel Level, string? ParentCode, RegionKind? Kind);
