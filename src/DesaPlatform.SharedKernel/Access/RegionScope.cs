using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>The part of the region tree a caller may see: everything, nothing, or one region and all under it.</summary>
public sealed record RegionScope
{
    private RegionScope(string? rootCode, bool everything)
    {
        RootCode = rootCode;
        IsEverything = everything;
    }

    public static RegionScope Everything { get; } = new(null, true);
    public static RegionScope Nothing { get; } = new(null, false);
    public static RegionScope Under(string rootCode) => new(rootCode, false);

    public string? RootCode { get; }
    public bool IsEverything { get; }

    public bool Contains(string? code) =>
        code is not null && (IsEverything || (RootCode is not null && RegionCode.IsWithin(code, RootCode)));
}
