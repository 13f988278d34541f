using System.Text.Json;
using System.Text.Json.Serialization;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>Property values as the audit keeps them: JSON, with secrets hidden and personal data masked.</summary>
internal static class AuditValues
{
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    private static readonly HashSet<string> Personal = ["Email", "NormalizedEmail", "PhoneNumber", "Phone", "Contact"];
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string? ToJson(IReadOnlyDictionary<string, object?> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);

    public static object? Mask(string entity, string property, object? value) => value switch
    {
        null => null,
        _ when Secrets.Contains(property) => "***",
        // Identity keeps authenticator keys and recovery codes as user tokens.
        _ when property == "Value" && entity.StartsWith("IdentityUserToken", StringComparison.Ordinal) => "***",
        string nik when property == "Nik" => PersonalData.MaskNik(nik),
        _ when Personal.Contains(property) => "***",
        _ => value,
    };
}
