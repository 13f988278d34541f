using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;

namespace DesaPlatform.Tests.Unit.Membership;

/// <summary>The rules a stated person must meet against the village's roster: limits, duplicates, NIK elsewhere, kelurahan.</summary>
public sealed class VillageRosterTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly RegionSummary Desa = new("61.01.01.2001", "Dalam Kaum", 4, IsDesa: true);

    private static readonly Dictionary<string, Position> Positions = new()
    {
        ["kepala_desa"] = new() { Code = "kepala_desa", Name = "Kepala Desa", Segment = Segment.AparaturDesa, MaxPerVillage = 1 },
        ["bpd_anggota"] = new() { Code = "bpd_anggota", Name = "Anggota BPD", Segment = Segment.Bpd, MaxPerVillage = 6 },
        ["ketua_rt"] = new() { Code = "ketua_rt", Name = "Ketua RT", Segment = Segment.EkosistemDesa },
    };

    private static PersonData Stated(string nik, string position, DateOnly? termEnd = null, string? note = null) => new(
        "Warga", nik, Nik.SexOf(nik), Nik.BirthDate(nik, Today)!.Value, null, position, new DateOnly(2024, 1, 1), termEnd, null, null,
        Appointment.Definitive, null, note);

    private static VillageRoster Roster(RegionSummary village, IEnumerable<Person> current, params NikElsewhere[] elsewhere) =>
        new(village, current, Positions, ["61.01.01"], elsewhere.ToLookup(e => e.Nik), Today);

    private static string Nik16(int serial) => $"6101011708800{serial:000}";

    [Fact]
    public void One_kepala_desa_and_no_more_but_an_ended_one_leaves_the_seat_free()
    {
        var holder = Person.New(Desa.Code, Stated(Nik16(1), "kepala_desa"));
        Assert.Equal(["POSITION_FULL"], Roster(Desa, [holder]).Check(Stated(Nik16(2), "kepala_desa"), null).Select(e => e.Code));
        Assert.Empty(Roster(Desa, [holder]).Check(Stated(Nik16(1), "kepala_desa", termEnd: new DateOnly(2026, 6, 30)), holder.EntryId));

        var ended = Person.New(Desa.Code, Stated(Nik16(1), "kepala_desa", termEnd: new DateOnly(2025, 12, 31)));
        Assert.Empty(Roster(Desa, [ended]).Check(Stated(Nik16(2), "kepala_desa"), null));
    }

    [Fact]
    public void Staged_rows_count_so_a_file_cannot_fill_a_position_twice()
    {
        var roster = Roster(Desa, []);
        var members = Enumerable.Range(1, 6).Select(i => Person.New(Desa.Code, Stated(Nik16(i), "bpd_anggota"))).ToList();
        foreach (var member in members)
        {
            Assert.Empty(roster.Check(member.Data(), null));
            roster.Stage(member);
        }
        Assert.Equal(["POSITION_FULL"], roster.Check(Stated(Nik16(7), "bpd_anggota"), null).Select(e => e.Code));
        Assert.Equal(["DUPLICATE_NIK", "POSITION_FULL"], roster.Check(Stated(Nik16(1), "bpd_anggota"), null).Select(e => e.Code));
    }

    [Fact]
    public void A_NIK_serving_elsewhere_needs_a_note_and_a_kelurahan_has_no_village_government()
    {
        var elsewhere = new NikElsewhere(Nik16(9), "61.01.01.2002", "bpd_anggota");
        Assert.Equal(["NIK_HELD_ELSEWHERE"], Roster(Desa, [], elsewhere).Check(Stated(Nik16(9), "bpd_anggota"), null).Select(e => e.Code));
        Assert.Empty(Roster(Desa, [], elsewhere).Check(Stated(Nik16(9), "bpd_anggota", note: "BPD di dua desa"), null));

        var kelurahan = new RegionSummary("61.71.01.1001", "Darat Sekip", 4, IsDesa: false);
        Assert.Equal(["POSITION_NOT_IN_KELURAHAN"], Roster(kelurahan, []).Check(Stated(Nik16(3), "kepala_desa"), null).Select(e => e.Code));
        Assert.Empty(Roster(kelurahan, []).Check(Stated(Nik16(3), "ketua_rt"), null));
    }

    [Fact]
    public void A_NIK_from_an_unknown_kecamatan_is_refused()
    {
        var errors = Roster(Desa, []).Check(Stated("6199011708800001", "ketua_rt"), null);
        Assert.Equal([("NIK_DISTRICT_UNKNOWN", "nik")], errors.Select(e => (e.Code, e.Field)));
    }
}
