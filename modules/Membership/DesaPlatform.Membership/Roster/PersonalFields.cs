using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// Which of a person's fields are personal and how a reader who may not read them (<see cref="PersonalData.MayReadNik"/>)
/// sees them — on pages, in review diffs and in exports alike: the NIK masked, birth date and phone hidden.
/// </summary>
internal static class PersonalFields
{
    public const string Hidden = "***";

    private static readonly HashSet<string> HiddenFromOthers = ["birthDate", "phone"];

    /// <summary>A field (named as in the input, e.g. <c>nik</c>) as text for this reader.</summary>
    public static string? Text(string field, string? value, ICurrentUser reader) =>
        string.IsNullOrEmpty(value) || reader.MayReadNik() ? value
        : field == "nik" ? PersonalData.MaskNik(value)
        : HiddenFromOthers.Contains(field) ? Hidden
        : value;

    /// <summary>Birth date or phone as a typed value: the value, or nothing for a reader who may not see it.</summary>
    public static T? Shown<T>(T value, ICurrentUser reader) where T : struct => reader.MayReadNik() ? value : null;

    public static string? Shown(string? value, ICurrentUser reader) => reader.MayReadNik() ? value : null;
}
