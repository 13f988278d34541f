using DesaPlatform.Budgeting.Domain;

namespace DesaPlatform.Budgeting.Seeding;

/// <summary>
/// The arrears rule shipped with the platform. No BPJS source found states after how many unpaid months a village
/// apparatus' protection lapses: 3 is an assumption (README, "Arrears and at risk"), kept as data so that a confirmed
/// figure is a new dated row, not a release.
/// </summary>
internal static class StandardArrearsRules
{
    public static IEnumerable<ArrearsRule> All() =>
    [
        new ArrearsRule
        {
            EffectiveFrom = new DateOnly(2015, 1, 1), MonthsAllowed = 3,
            Source = "Asumsi platform (belum dikonfirmasi BPJS Ketenagakerjaan): lebih dari 3 bulan berturut-turut tidak dibayar = berisiko.",
        },
    ];
}
