using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Seeding;

/// <summary>
/// The rates in DOMAIN.md and issue 12, with their sources. JKK is the lowest risk class (0.24 %), the one that fits
/// office work in a village. The JP wage cap is reset every March: one JP version per cap.
/// </summary>
internal static class StandardRates
{
    private static readonly DateOnly Pp44 = new(2015, 7, 1);

    private const string Pp50 = "PP 50/2025: potongan 50% April–Desember 2026 (lihat Potongan iuran).";

    public static IEnumerable<PremiumRate> All() =>
    [
        Pu(SocialSecurityProgram.Jkk, RateTerms.OfPercent(0.24m), Pp44, new("PP 44/2015 (kelas risiko I)")),
        Pu(SocialSecurityProgram.Jkm, RateTerms.OfPercent(0.30m), Pp44, new("PP 44/2015")),
        Pu(SocialSecurityProgram.Jht, RateTerms.OfPercent(5.7m), Pp44, new("PP 46/2015", "3,7% pemberi kerja + 2% pekerja.")),
        Pu(SocialSecurityProgram.Jp, RateTerms.OfPercent(3m, cap: 10_042_300m), new(2024, 3, 1),
            new("PP 45/2015", "2% pemberi kerja + 1% pekerja. Batas upah mulai Maret 2024, disesuaikan tiap Maret.")),
        Pu(SocialSecurityProgram.Jp, RateTerms.OfPercent(3m, cap: 10_547_400m), new(2025, 3, 1),
            new("PP 45/2015; surat BPJS B/726/022025", "Batas upah mulai 1 Maret 2025.")),
        Pu(SocialSecurityProgram.Jp, RateTerms.OfPercent(3m, cap: 11_086_300m), new(2026, 3, 1),
            new("PP 45/2015; surat BPJS B/1226/022026", "Batas upah mulai Maret 2026.", ToConfirm: true)),
        Bpu(SocialSecurityProgram.Jkk, RateTerms.OfPercent(1m, minimum: 10_000m), new("PP 44/2015 (BPU)", Pp50)),
        Bpu(SocialSecurityProgram.Jkm, RateTerms.Flat(6_800m), new("PP 44/2015 (BPU)", Pp50)),
        Bpu(SocialSecurityProgram.Jht, RateTerms.OfPercent(2m), new("PP 46/2015 (BPU)")),
    ];

    private static PremiumRate Pu(SocialSecurityProgram program, RateTerms terms, DateOnly from, RateSource source) =>
        PremiumRate.From(Scheme.Pu, program, terms, from, source);

    private static PremiumRate Bpu(SocialSecurityProgram program, RateTerms terms, RateSource source) =>
        PremiumRate.From(Scheme.Bpu, program, terms, Pp44, source);
}
