using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Regions.Domain;

/// <summary>A region of the Kemendagri tree. Never deleted: a region that leaves the official list is retired, with its history.</summary>
[ScopedBy(nameof(Code))]
[NotAudited(nameof(RegionChange))]
internal sealed class Region : IRegionOwned
{
    private string _name = "";

    public required string Code { get; init; }

    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            SearchName = RegionName.ForSearch(value);
        }
    }

    /// <summary>See <see cref="RegionName.ForSearch"/>; kept in a column so the database can search it.</summary>
    public string SearchName { get; private set; } = "";

    public required RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public RegionKind? Kind { get; set; }
    public DateOnly? RetiredOn { get; set; }

    string IRegionOwned.RegionCode => Code;

    /// <summary>
    /// Indonesia, the root above the provinces, for a scope that holds the whole country (a national reader, the
    /// system); null for any other. Not a row: the Kemendagri list has no code for it, so it is made here, not stored.
    /// </summary>
    public static Region? Country(RegionScope scope) =>
        scope.Contains(RegionCode.Country) ? new Region { Code = RegionCode.Country, Name = "Indonesia", Level = RegionLevel.Country } : null;

    /// <summary>The regions right under <paramref name="code"/>; provinces have no parent code, they are the country's.</summary>
    public static Expression<Func<Region, bool>> ChildOf(string code) =>
        code == RegionCode.Country ? r => r.ParentCode == null : r => r.ParentCode == code;
}
