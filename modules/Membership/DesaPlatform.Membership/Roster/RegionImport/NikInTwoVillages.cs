using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Roster.RegionImport;

/// <summary>
/// A region's file read as a whole: each village is checked against the others' stored rosters, so a NIK the same file
/// puts in office in two villages would pass both checks. Such rows are problems unless they say why (keterangan_nik,
/// e.g. a BPD seat in two villages), as when the other village's seat is already stored.
/// </summary>
internal static class NikInTwoVillages
{
    public static List<RosterImportProblem> Find(IEnumerable<(VillageRoster Roster, RosterImportCheck Check, DateOnly Today)> villages)
    {
        var seats = villages.SelectMany(v => v.Check.Report.Rows.Select(row => (Row: row, Held: HeldAfter(v.Roster, v.Check, row)))
                .Where(s => s.Held is not null && s.Held.IsOpenOn(v.Today)))
            .GroupBy(s => s.Row.Nik)
            .Where(g => g.Select(s => s.Row.VillageCode).Distinct().Count() > 1);
        return seats.SelectMany(g => g.Where(s => string.IsNullOrEmpty(s.Held!.NikNote)).Select(s =>
            {
                var others = string.Join(", ", g.Select(o => o.Row.VillageCode).Where(c => c != s.Row.VillageCode).Distinct());
                return new RosterImportProblem(s.Row.Line, RosterColumns.NikNote, "NIK_HELD_ELSEWHERE",
                    $"Berkas ini juga menempatkan NIK ini di desa {others}. Biasanya ini salah data; bila memang benar (mis. anggota BPD di dua desa), isi keterangan_nik.")
                {
                    VillageCode = s.Row.VillageCode,
                    Values = MessageValues.Of(("villages", others)),
                };
            }))
            .ToList();
    }

    /// <summary>The entry as it would stand once the row is applied: the staged version, or the stored one it leaves alone.</summary>
    private static Person? HeldAfter(VillageRoster roster, RosterImportCheck check, RosterImportRow row) =>
        check.Changes.FirstOrDefault(c => c.Row == row)?.Version ?? roster.Find(row.Nik, row.PositionCode);
}
