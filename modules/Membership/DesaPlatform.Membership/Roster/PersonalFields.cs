using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// How a reader who may not read personal data (<see cref="PersonalData.MayReadNik"/>) sees a person's fields — on
/// pages, in review diffs and in exports alike — as the fields' <see cref="SensitiveAttribute"/> marks on
/// <see cref="Person"/> (and its <see cref="Enrollment"/>, named <c>enrollment.kpj</c>) say: the NIK masked, birth date,
/// phone and KPJ hidden.
/// </summary>
internal static class PersonalFields
{
    /// <summary>A field (named as in the input, e.g. <c>nik</c>) as text for this reader.</summary>
    public static string? Text(string field, string? value, ICurrentUser reader) =>
        string.IsNullOrEmpty(value) || reader.MayReadNik() || MarkOf(field) is not { } kind
            ? value
            : SensitiveFields.Masked(kind, value);

    /// <summary>A typed field (e.g. the birth date): its value, or nothing for a reader who may not see it.</summary>
    public static T? Shown<T>(string field, T value, ICurrentUser reader) where T : struct => Visible(field, reader) ? value : null;

    public static string? Shown(string field, string? value, ICurrentUser reader) => Visible(field, reader) ? value : null;

    private static bool Visible(string field, ICurrentUser reader) => reader.MayReadNik() || MarkOf(field) is null;

    /// <summary>How personal a roster field is (<c>nik</c>, <c>enrollment.kpj</c>, ...); null for a field that is not.</summary>
    public static Sensitivity? MarkOf(string field) =>
        field.StartsWith("enrollment.", StringComparison.OrdinalIgnoreCase)
            ? SensitiveFields.Of(typeof(Enrollment), field["enrollment.".Length..])
            : SensitiveFields.Of(typeof(Person), field);
}
