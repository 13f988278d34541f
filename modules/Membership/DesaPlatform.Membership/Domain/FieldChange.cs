using System.Globalization;

namespace DesaPlatform.Membership.Domain;

/// <summary>One field of a roster entry that differs between two versions, as text (dates ISO, programs comma-separated).</summary>
internal sealed record FieldChange(string Field, string? Before, string? After)
{
    public static List<FieldChange> Between(PersonData? before, PersonData after) =>
        Fields(after)
            .Zip(before is null ? Fields(after).Select(f => (f.Field, Value: (string?)null)) : Fields(before),
                (a, b) => new FieldChange(a.Field, b.Value, a.Value))
            .Where(c => c.Before != c.After)
            .ToList();

    private static IEnumerable<(string Field, string? Value)> Fields(PersonData d)
    {
        yield return ("fullName", d.FullName.Trim());
        yield return ("nik", d.Nik);
        yield return ("sex", d.Sex.ToString());
        yield return ("birthDate", Date(d.BirthDate));
        yield return ("phone", Text(d.Phone));
        yield return ("positionCode", d.PositionCode);
        yield return ("termStart", Date(d.TermStart));
        yield return ("termEnd", Date(d.TermEnd));
        yield return ("skNumber", Text(d.SkNumber));
        yield return ("skDate", Date(d.SkDate));
        yield return ("appointment", d.Appointment.ToString());
        yield return ("nikNote", Text(d.NikNote));
        var e = d.Enrollment;
        yield return ("enrollment.kpj", e?.Kpj);
        yield return ("enrollment.scheme", e?.Scheme.ToString());
        yield return ("enrollment.programs", e is null ? null : string.Join(",", e.Programs.Distinct().Order()));
        yield return ("enrollment.wageBase", e?.WageBase?.ToString("0.##", CultureInfo.InvariantCulture));
        yield return ("enrollment.startDate", Date(e?.StartDate));
        yield return ("enrollment.status", e?.Status.ToString());
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
