using System.Globalization;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Time;
using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Ucj;

/// <summary>
/// What a UCJ input must be, from the form and from a spreadsheet row alike: the province or one of its regencies
/// inside the caller's scope, a month not after this one, counts that are counts, and a named, dated source.
/// </summary>
internal sealed class UcjRules(IRegionDirectory regions, IClock clock)
{
    public static readonly DateOnly FirstPeriod = new(2015, 1, 1);
    private const int Province = 1;
    private const int Regency = 2;

    /// <summary>A month written YYYY-MM, as its first day; null when it is not one.</summary>
    public static DateOnly? ParsePeriod(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string FormatPeriod(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<UserError?> CheckRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return UserError.UnknownRegion(regionCode, "regionCode");
        return region.Depth is Province or Regency
            ? null
            : new UserError("UCJ_REGION_LEVEL", "Data UCJ dicatat untuk provinsi atau kabupaten/kota.", "regionCode");
    }

    public IEnumerable<UserError> Check(string regionCode, string periodText, UcjValues values)
    {
        var today = clock.TodayIn(regionCode);
        var period = ParsePeriod(periodText);
        if (period is null)
            yield return new UserError("UCJ_PERIOD", $"Periode '{periodText}' harus berbentuk TTTT-BB, mis. 2025-08.", "period")
                { Values = MessageValues.Of(("period", periodText)) };
        else if (period < FirstPeriod || period > new DateOnly(today.Year, today.Month, 1))
            yield return new UserError("UCJ_PERIOD_RANGE", $"Periode harus antara {FormatPeriod(FirstPeriod)} dan bulan ini.", "period")
                { Values = MessageValues.Of(("first", FormatPeriod(FirstPeriod))) };
        foreach (var (field, count) in new[]
                 {
                     ("participantsPu", values.ParticipantsPu), ("participantsBpu", values.ParticipantsBpu), ("participantsJakon", values.ParticipantsJakon),
                 })
        {
            if (count < 0) yield return new UserError("UCJ_NEGATIVE_COUNT", "Jumlah peserta tidak boleh negatif.", field);
        }
        if (values.WorkingPopulation <= 0)
            yield return new UserError("UCJ_WORKING_POPULATION", "Jumlah penduduk bekerja harus lebih dari nol.", "workingPopulation");
        if (values.Source.Trim().Length == 0)
            yield return new UserError("UCJ_SOURCE_REQUIRED", "Sumber data wajib diisi, mis. \"BPS Sakernas Agustus 2025\".", "source");
        else if (values.Source.Length > UcjInput.SourceMaxLength)
            yield return TooLong("source", UcjInput.SourceMaxLength);
        if (values.Note?.Length > UcjInput.NoteMaxLength) yield return TooLong("note", UcjInput.NoteMaxLength);
        if (!PlausibleDates.Contains(values.SourceDate) || values.SourceDate > today)
            yield return new UserError("UCJ_SOURCE_DATE", "Tanggal sumber tidak boleh setelah hari ini.", "sourceDate");
    }

    /// <summary>The values as they are kept: the source trimmed, an empty note none.</summary>
    public static UcjValues Normalized(UcjValues values) =>
        values with { Source = values.Source.Trim(), Note = string.IsNullOrWhiteSpace(values.Note) ? null : values.Note.Trim() };

    private static UserError TooLong(string field, int max) =>
        new("UCJ_TEXT_TOO_LONG", $"Paling banyak {max} karakter.", field) { Values = MessageValues.Of(("max", max)) };
}
