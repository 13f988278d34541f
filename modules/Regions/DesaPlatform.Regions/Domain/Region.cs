using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

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
}
