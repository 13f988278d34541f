using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Targets.Targets.Cost;

/// <summary>The funding policies' position groups a reporting segment is made of.</summary>
internal static class SegmentGroups
{
    public static IReadOnlyList<PositionGroup> Of(string segment) => segment switch
    {
        "APARATUR_DESA" => [PositionGroup.KepalaDesa, PositionGroup.Perangkat],
        RosterCounts.KepalaDesa => [PositionGroup.KepalaDesa],
        "BPD" => [PositionGroup.Bpd],
        _ => [PositionGroup.Ekosistem],
    };
}
