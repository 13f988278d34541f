using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Rates;

/// <summary>What a rate version must say to be kept, whether added or corrected.</summary>
internal static class RateRules
{
    public static IEnumerable<UserError> Check(RateTerms terms, RateSource source)
    {
        if ((terms.Percent is null) == (terms.FlatAmount is null))
            yield return new UserError("RATE_PERCENT_OR_FLAT", "Isi persentase atau jumlah tetap, salah satu saja.", "percent");
        if (terms.FlatAmount is not null && (terms.MinimumAmount ?? terms.WageCap) is not null)
            yield return new UserError("RATE_FLAT_WITH_LIMITS", "Iuran minimum dan batas upah hanya untuk tarif persentase.", "flatAmount");
        if (terms.Percent is { } percent && (percent is <= 0 or > 100 || decimal.Round(percent, 3) != percent))
            yield return new UserError("RATE_PERCENT", "Persentase harus lebih dari 0 dan paling besar 100, paling banyak tiga desimal.", "percent");
        foreach (var (field, amount) in new[] { ("flatAmount", terms.FlatAmount), ("minimumAmount", terms.MinimumAmount), ("wageCap", terms.WageCap) })
        {
            if (amount is { } rupiah && (rupiah <= 0 || decimal.Round(rupiah) != rupiah))
                yield return new UserError("RATE_RUPIAH", "Jumlah rupiah harus bilangan bulat lebih dari nol.", field);
        }
        foreach (var error in CheckSource(source)) yield return error;
    }

    /// <summary>The regulation a rate or a discount comes from, and its note.</summary>
    public static IEnumerable<UserError> CheckSource(RateSource source)
    {
        if (string.IsNullOrWhiteSpace(source.Regulation) || source.Regulation.Length > PremiumRate.RegulationMaxLength)
            yield return new UserError("RATE_REGULATION",
                $"Sebutkan peraturan dasar tarif ini (paling banyak {PremiumRate.RegulationMaxLength} karakter).", "regulation")
                { Values = MessageValues.Of(("max", PremiumRate.RegulationMaxLength.ToString())) };
        if (source.Note?.Length > PremiumRate.NoteMaxLength)
            yield return new UserError("RATE_NOTE", $"Catatan paling banyak {PremiumRate.NoteMaxLength} karakter.", "note")
                { Values = MessageValues.Of(("max", PremiumRate.NoteMaxLength.ToString())) };
    }

    public static RateSource Trimmed(RateSource source) =>
        new(source.Regulation.Trim(), string.IsNullOrWhiteSpace(source.Note) ? null : source.Note.Trim(), source.ToConfirm);

    public static UserError DateTaken(DateOnly from) =>
        new("RATE_DATE_TAKEN", $"Sudah ada versi tarif program ini yang berlaku mulai {from:dd-MM-yyyy}; koreksi versi itu.", "effectiveFrom")
            { Values = MessageValues.Of(("date", from.ToString("yyyy-MM-dd"))) };
}
