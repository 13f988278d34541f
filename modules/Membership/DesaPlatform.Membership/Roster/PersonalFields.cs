using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// How a reader who may not read personal data (<see cref="PersonalData.MayReadNik"/>) sees a person's fields — on
/// pages, in review diffs and in exports alike — as the fields' <see cref="SensitiveAttribute"/> marks on
/// <see cref="Person"/> say: the NIK masked, birth date and phone hidden.
/// </summary>
internal static class PersonalFields
{
    /// <summary>A field (named as in the input, e.g. <c>nik</c>) as text for this reader.</summary>
    public static string? Text(string field, string? value, ICurrentUser reader) =>
        string.IsNullOrEmpty(value) || reader.MayReadNik() || SensitiveFields.Of(typeof(Person), field) is not { } kind
            ? value
            : SensitiveFields.Masked(kind, value);

    /// <summary>A typed field (e.g. the birth date): its value, or nothing for a reader who may not see it.</summary>
    public static T? Shown<T>(string field, T value, ICurrentUser reader) where T : struct => Visible(field, reader) ? value : null;

    public static string? Shown(string field, string? value, ICurrentUser reader) => Visible(field, reader) ? value : null;

    private static bool Visible(string field, ICurrentUser reader) => reader.MayReadNik() || SensitiveFields.Of(typeof(Person), field) is null;
}
