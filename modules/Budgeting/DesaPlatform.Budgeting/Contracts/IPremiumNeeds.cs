namespace DesaPlatform.Budgeting.Contracts;

/// <summary>
/// What covering everyone in office would cost a year, under each regency's funding policy (or a what-if scenario of it):
/// one computation for a whole region, answered per child region and position group, by payer.
/// </summary>
public interface IPremiumNeeds
{
    /// <param name="childCodeLength">Village codes cut to this length give the child regions; the root's own length gives one row.</param>
    /// <param name="rosterAsOf">The day of the approved rosters whose people in office are priced.</param>
    Task<PremiumNeedFigures> UnderAsync(string rootCode, int childCodeLength, int year, DateOnly rosterAsOf, PolicySwitches switches,
        CancellationToken cancellationToken);
}

/// <param name="Groups">Per child region, position group and payer: the priced people of the group and their year's premium.</param>
/// <param name="Desa">Per child region, which of its desa could be priced.</param>
/// <param name="PolicyYears">The policy year each priced regency's terms came from (a later year takes the latest earlier policy).</param>
public sealed record PremiumNeedFigures(
    IReadOnlyList<GroupNeed> Groups, IReadOnlyList<PricedDesa> Desa, IReadOnlyDictionary<string, int> PolicyYears);

/// <param name="People">People in office of the group priced in the child region (the same for every payer of the group).</param>
/// <param name="Annual">The payer's part of their premiums over the twelve months, each month at the rates in force then.</param>
public sealed record GroupNeed(string RegionCode, PositionGroup Group, Payer Payer, int People, decimal Annual);

/// <param name="Desa">Desa (not kelurahan) of the child region.</param>
/// <param name="Priced">Of them, those whose regency has a funding policy to price with.</param>
/// <param name="PeopleUnpriced">People in office in the approved rosters of villages that could not be priced.</param>
public sealed record PricedDesa(string RegionCode, int Desa, int Priced, int PeopleUnpriced);
