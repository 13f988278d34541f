using System.Collections.Concurrent;

namespace DesaPlatform.Budgeting.Arrears.Kept;

/// <summary>
/// Each kept village's people enrolled and at risk, as counted to a month at a stamp (<see cref="ArrearsStamp"/>): per
/// host, shared by every request. A count holds while its village's stamp and the last closed month are the ones it was
/// counted at; every host checks the stamps in the database, so a change made through another host is seen at once.
/// </summary>
internal sealed class KeptArrearsCounts
{
    private readonly ConcurrentDictionary<string, VillageCount> _byVillage = new();

    /// <summary>The village's count if it was counted to <paramref name="asOf"/> at <paramref name="stamp"/>; else null.</summary>
    public VillageCount? Holding(string villageCode, DateOnly asOf, long stamp) =>
        _byVillage.TryGetValue(villageCode, out var count) && count.AsOf == asOf && count.Stamp == stamp ? count : null;

    public void Keep(string villageCode, VillageCount count) => _byVillage[villageCode] = count;
}

internal sealed record VillageCount(DateOnly AsOf, long Stamp, int Enrolled, int AtRisk);
