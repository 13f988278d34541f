using System.Globalization;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Budgeting.Payments;

/// <summary>
/// What a payment must be, from the form and from a spreadsheet row alike: a person of the village's enrolled roster
/// (by NIK or KPJ), a month written yyyy-MM not after this one, an amount above zero in whole rupiah, far below any identifier.
/// </summary>
internal sealed class PaymentRules(IClock clock)
{
    /// <summary>
    /// Far above any one person's premium for a month; a figure above it is a NIK or KPJ in the wrong column, refused
    /// without being echoed back (and before the column's 12 digits would refuse it as a server error).
    /// </summary>
    private const decimal MostPerMonth = 100_000_000m;

    private const int KpjDigits = 11;

    public static DateOnly? ParsePeriod(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string FormatPeriod(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The enrolled person a NIK or KPJ names; both must name the same person when both are given.</summary>
    public static (EnrolledPerson? Person, UserError? Error) Match(IReadOnlyList<EnrolledPerson> people, string? nik, string? kpj)
    {
        nik = nik?.Trim();
        kpj = kpj?.Trim();
        if (string.IsNullOrEmpty(nik) && string.IsNullOrEmpty(kpj))
            return (null, new UserError("PAYMENT_PERSON_REQUIRED", "Isi NIK atau nomor KPJ peserta.", "nik"));
        var byNik = string.IsNullOrEmpty(nik) ? null : people.FirstOrDefault(p => p.Nik == nik);
        var byKpj = string.IsNullOrEmpty(kpj) ? null : people.FirstOrDefault(p => p.Kpj == kpj);
        if (!string.IsNullOrEmpty(nik) && byNik is null)
            return (null, new UserError("PAYMENT_UNKNOWN_NIK", "NIK ini bukan peserta terdaftar di roster desa.", "nik"));
        if (!string.IsNullOrEmpty(kpj) && byKpj is null)
            return (null, new UserError("PAYMENT_UNKNOWN_KPJ", "Nomor KPJ ini bukan peserta terdaftar di roster desa.", "kpj"));
        if (byNik is not null && byKpj is not null && byNik.EntryId != byKpj.EntryId)
            return (null, new UserError("PAYMENT_NIK_KPJ_MISMATCH", "NIK dan nomor KPJ menunjuk orang yang berbeda.", "kpj"));
        return (byNik ?? byKpj, null);
    }

    /// <summary>A NIK or KPJ in the period's place (a sheet's columns mixed up) is not repeated back: it reads as the KPJ rule has it.</summary>
    private static string Echo(string text) =>
        text.Trim().Length >= KpjDigits && text.Trim().All(char.IsAsciiDigit) ? SensitiveFields.Masked(Sensitivity.Personal, text) : text;

    public IEnumerable<UserError> Check(string villageCode, string periodText, decimal amount)
    {
        var period = ParsePeriod(periodText);
        var today = clock.TodayIn(villageCode);
        if (period is null)
            yield return new UserError("PAYMENT_PERIOD", $"Periode '{Echo(periodText)}' harus berbentuk TTTT-BB, mis. 2025-08.", "period")
                { Values = MessageValues.Of(("period", Echo(periodText))) };
        else if (period > new DateOnly(today.Year, today.Month, 1))
            yield return new UserError("PAYMENT_PERIOD_FUTURE", "Periode pembayaran tidak boleh setelah bulan ini.", "period");
        if (amount <= 0)
            yield return new UserError("PAYMENT_AMOUNT", "Jumlah pembayaran harus lebih dari nol.", "amount");
        else if (amount != decimal.Round(amount, 0))
            yield return new UserError("PAYMENT_AMOUNT_WHOLE", "Jumlah pembayaran dalam rupiah utuh, tanpa sen.", "amount");
        else if (amount >= MostPerMonth)
            yield return new UserError("PAYMENT_AMOUNT_TOO_LARGE",
                "Iuran sebulan satu orang tidak sampai Rp100.000.000: periksa apakah kolom jumlah berisi NIK atau nomor KPJ.", "amount");
    }
}
