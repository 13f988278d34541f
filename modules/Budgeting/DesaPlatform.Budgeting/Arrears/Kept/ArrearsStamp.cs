using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Arrears.Kept;

/// <summary>
/// A village whose payments are kept, and how often what its arrears are made of has changed since: its payments, its
/// approved roster, its regency's funding policy, the rates. The kept counts (<see cref="KeptArrearsCounts"/>) hold for
/// the stamp they were counted at.
/// </summary>
internal sealed class ArrearsStamp : IRegionOwned
{
    public required string RegionCode { get; init; }
    public long Stamp { get; init; }
}
