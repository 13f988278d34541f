using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Demo;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.SampleData;

/// <summary>
/// The demo's synthetic monev: one meeting of Kalimantan Barat with the BPJS branch (October 2025) and findings about
/// desa of the sample rosters that have no protected apparatus — Dalam Kaum among them, so its operator has one to
/// answer — each with a follow-up, some done, some overdue. Labelled "[Contoh]"; only into a database without meetings.
/// </summary>
internal sealed class SampleMonev(TargetsDbContext db, IRegionDirectory regions, IVillageStandings standings, DemoSettings demo)
    : SampleDataInitializer(demo)
{
    private const string Province = "61";
    private const string DemoVillage = "61.01.01.2001";
    private const string Recorder = "admin.kalbar";
    private const int Findings = 8;
    private static readonly DateOnly MeetingDate = new(2025, 10, 15);
    private static readonly DateTime RecordedAt = new(2025, 10, 15, 7, 0, 0, DateTimeKind.Utc);

    private static readonly (string Obstacle, string Note, string Action)[] Cases =
    [
        ("apbdes_budget", "Iuran aparatur belum dianggarkan dalam APBDes 2025.", "Anggarkan iuran JKK dan JKM dalam APBDes Perubahan."),
        ("no_perkades", "Belum ada Perkades tentang kepesertaan BPJS Ketenagakerjaan.", "Terbitkan Perkades kepesertaan aparatur desa."),
        ("data_incomplete", "NIK dan KPJ sebagian aparatur belum lengkap.", "Lengkapi NIK dan KPJ lalu kirim ulang roster."),
        ("operator_capacity", "Operator desa baru dan belum dilatih.", "Pelatihan operator oleh DPMD kabupaten."),
        ("network", "Sinyal internet di kantor desa lemah.", "Kirim roster lewat kantor kecamatan."),
        ("awaiting_regulation", "Menunggu Perbup pembagian iuran BPD.", "Sampaikan rancangan Perbup ke bagian hukum."),
    ];

    private static readonly (ActionOwner Owner, DateOnly Due, ActionStatus Status)[] FollowUps =
    [
        (ActionOwner.Village, new DateOnly(2025, 12, 31), ActionStatus.Open),
        (ActionOwner.RegencyDpmd, new DateOnly(2026, 3, 31), ActionStatus.Done),
        (ActionOwner.BpjsBranch, new DateOnly(2026, 6, 30), ActionStatus.InProgress),
        (ActionOwner.Village, new DateOnly(2027, 3, 31), ActionStatus.Open),
    ];

    protected override Task<bool> HoldsDataAsync(CancellationToken cancellationToken) => db.MonevMeetings.AnyAsync(cancellationToken);

    protected override async Task WriteAsync(CancellationToken cancellationToken)
    {
        var standing = await standings.OfAsync(Province, "APARATUR_DESA", cancellationToken);
        var lagging = (await regions.DesaAsync(Province, cancellationToken))
            .Where(d => standing.GetValueOrDefault(d.Code) is not { Covered: > 0 }).Select(d => d.Code).ToList();
        if (lagging.Count == 0) return;
        var step = Math.Max(1, lagging.Count / Findings);
        var villages = lagging.Where((_, i) => i % step == 0).Take(Findings - 1).Prepend(DemoVillage).Distinct().ToList();

        var meeting = new MonevMeeting
        {
            RegionCode = Province, Date = MeetingDate, Place = "[Contoh] Aula DPMPD Provinsi Kalimantan Barat, Pontianak",
            Participants = "[Contoh] Kepala DPMPD Provinsi Kalimantan Barat\n[Contoh] Kepala Kantor Cabang BPJS Ketenagakerjaan Pontianak\n" +
                           "[Contoh] Perwakilan DPMD kabupaten se-Kalimantan Barat",
            Summary = "[Contoh] Data sintetis untuk demo: rapat monev kepesertaan aparatur desa dan BPD.",
            RecordedBy = Recorder, RecordedAt = RecordedAt,
        };
        db.MonevMeetings.Add(meeting);
        foreach (var (village, i) in villages.Select((v, i) => (v, i)))
        {
            var (obstacle, note, what) = Cases[i % Cases.Length];
            var finding = new MonevFinding
            {
                MeetingId = meeting.Id, RegionCode = village, Segment = i % 3 == 2 ? MonevSegment.Bpd : MonevSegment.AparaturDesa,
                ObstacleCode = obstacle, Note = "[Contoh] " + note, RecordedBy = Recorder, RecordedAt = RecordedAt,
            };
            var (owner, due, status) = FollowUps[i % FollowUps.Length];
            db.MonevFindings.Add(finding);
            db.FollowUpActions.Add(new FollowUpAction
            {
                FindingId = finding.Id, RegionCode = village, What = "[Contoh] " + what, Owner = owner, DueDate = due, Status = status,
                RecordedBy = Recorder, RecordedAt = RecordedAt,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
