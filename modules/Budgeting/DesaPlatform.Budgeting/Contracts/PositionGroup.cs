using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>The groups a regency's funding policy speaks of, each with its own scheme, programs, wage base and payers.</summary>
public enum PositionGroup
{
    KepalaDesa,
    Perangkat,
    Bpd,
    Ekosistem,
}

public static class PositionGroups
{
    public static readonly IReadOnlyList<PositionGroup> All = Enum.GetValues<PositionGroup>();

    /// <summary>The kepala desa on their own; the rest of the aparatur desa are perangkat; BPD and ekosistem by segment.</summary>
    public static PositionGroup Of(CatalogPosition position) => position switch
    {
        { IsVillageHead: true } => PositionGroup.KepalaDesa,
        { Segment: "APARATUR_DESA" } => PositionGroup.Perangkat,
        { Segment: "BPD" } => PositionGroup.Bpd,
        _ => PositionGroup.Ekosistem,
    };
}
