using System.Text.Json;
using System.Text.Json.Serialization;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>Property values as the audit keeps them: JSON, with secrets and personal data as their marks say (<see cref="SensitiveAttribute"/>).</summary>
internal static class AuditValues
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string? ToJson(IReadOnlyDictionary<string, object?> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);

    /// <summary>Whether two values read the same in the audit (a list by its items).</summary>
    public static bool Same(object? a, object? b) => Equals(a, b) || JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json);

    public static object? Mask(IReadOnlyProperty property, object? value) =>
        value is not null && SensitiveFields.Of(property) is { } kind
            ? SensitiveFields.Masked(kind, value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            : value;
}
