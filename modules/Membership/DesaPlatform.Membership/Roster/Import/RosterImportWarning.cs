using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// A clean row that takes something away from the person it names (<see cref="Domain.Losses"/>): shown in the dry run,
/// applied only with the operator's confirmation. ENDS_PROTECTION when the person is covered today and would not be,
/// TAKES_AWAY otherwise.
/// </summary>
internal sealed record RosterImportWarning(
    int Line, string VillageCode, string Code, string Nik, string FullName, string PositionCode, IReadOnlyList<FieldChange> Losses)
{
    public const string EndsProtection = "ENDS_PROTECTION";
    public const string TakesAway = "TAKES_AWAY";

    /// <summary>The warning for a row that changes <paramref name="before"/> into <paramref name="after"/>, if it takes anything away.</summary>
    public static RosterImportWarning? For(int line, string villageCode, PersonData before, PersonData after, bool coveredBefore, bool coveredAfter) =>
        Domain.Losses.Between(before, after) is { Count: > 0 } losses
            ? new(line, villageCode, coveredBefore && !coveredAfter ? EndsProtection : TakesAway, after.Nik, after.FullName.Trim(), after.PositionCode, losses)
            : null;

    public string Message =>
        (Code == EndsProtection ? $"{FullName} tidak lagi terlindungi bila baris ini diterapkan. Hilang: " : $"Baris ini mengambil dari {FullName}: ")
        + string.Join("; ", Losses.Select(l => $"{RosterColumns.ByField[l.Field]} {l.Before ?? "-"} → {l.After ?? "-"}"))
        + ". Terapkan hanya bila memang benar.";

    /// <summary>The refusal of a file with warnings applied without <c>confirmLosses</c>.</summary>
    public static UserError ConfirmationRequired(int people) => new("CONFIRMATION_REQUIRED",
        $"Berkas ini mengambil kepesertaan atau masa jabatan dari {people} entri (lihat peringatannya). Tidak ada yang disimpan: " +
        "periksa peringatannya, lalu terapkan lagi dengan konfirmasi.", "confirmLosses")
    {
        Values = MessageValues.Of(("count", people)),
    };
}
