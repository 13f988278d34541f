using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Targets.Domain;

/// <summary>The texts of monev forms, checked with errors that name the field in words (Bahasa Indonesia).</summary>
internal static class MonevText
{
    /// <summary>Trimmed; an empty text is missing.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static UserError? Required(string? text, int max, string field, string label) =>
        Clean(text) is null
            ? new UserError("REQUIRED", $"{label} wajib diisi.", field) { Values = MessageValues.Of(("label", label)) }
            : Optional(text, max, field, label);

    public static UserError? Optional(string? text, int max, string field, string label) =>
        Clean(text)?.Length > max
            ? new UserError("TOO_LONG", $"{label} paling banyak {max} karakter.", field) { Values = MessageValues.Of(("label", label), ("max", max)) }
            : null;

    /// <summary>The errors of a form, in field order; nothing is saved while there is one.</summary>
    public static List<UserError> Errors(params UserError?[] checks) => checks.OfType<UserError>().ToList();
}
