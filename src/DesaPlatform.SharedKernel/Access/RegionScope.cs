using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Persistence;
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

    /// <summary>One region and all under it; under the country (<see cref="RegionCode.Country"/>) that is <see cref="Everything"/>.</summary>
    public static RegionScope Under(string rootCode) => rootCode == RegionCode.Country ? Everything : new(rootCode, false);

    public string? RootCode { get; }
    public bool IsEverything { get; }

    public bool Contains(string? code) =>
        code is not null && (IsEverything || (RootCode is not null && RegionCode.IsWithin(code, RootCode)));

    /// <summary>
    /// Whether <paramref name="code"/> is inside the scope or one of the regions above its root — for what a region above
    /// decides for the caller's own (a regency's funding policy read by its villages), never a neighbour's.
    /// </summary>
    public bool ContainsOrAbove(string? code) =>
        Contains(code) || (code is not null && RootCode is not null && RegionCode.IsWithin(RootCode, code));

    /// <summary><see cref="Contains"/> as a predicate the database runs, for rows that are not filtered by a module context.</summary>
    public Expression<Func<T, bool>> Predicate<T>(Expression<Func<T, string>> code)
    {
        if (IsEverything) return _ => true;
        if (RootCode is null) return _ => false;
        var body = RegionCodeRange.Within(code.Body, QueryParameter.Of(RootCode), QueryParameter.Of(RegionCodeRange.Upper(RootCode)));
        return Expression.Lambda<Func<T, bool>>(body, code.Parameters);
    }
}
