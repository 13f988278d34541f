using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>What a call amounted to, from the caller's side.</summary>
public enum Outcome
{
    /// <summary>The role gate refused it before anything ran.</summary>
    Refused,

    /// <summary>It ran, and the object was as good as missing: null, an empty list, NOT_FOUND, UNKNOWN_REGION, OUT_OF_SCOPE.</summary>
    Hidden,

    /// <summary>It ran and reached the object (a validation error about the input itself still counts: the object was reached).</summary>
    Reached,
}

public static class Outcomes
{
    private static readonly HashSet<string> HiddenCodes = ["NOT_FOUND", "UNKNOWN_REGION", "OUT_OF_SCOPE"];

    public static Outcome Of(GraphQLResponse response, string field)
    {
        if (response.Body.TryGetProperty("errors", out var errors))
        {
            var text = errors.GetRawText();
            if (text.Contains("AUTH_NOT_AUTHENTICATED") || text.Contains("AUTH_NOT_AUTHORIZED")) return Outcome.Refused;
            throw new InvalidOperationException($"{field} failed: {text}");
        }
        var data = response.Data.GetProperty(field);
        if (data.ValueKind == JsonValueKind.Null) return Outcome.Hidden;
        if (data.ValueKind != JsonValueKind.Object) return Outcome.Reached;
        if (data.TryGetProperty("totalCount", out var total)) return total.GetInt32() == 0 ? Outcome.Hidden : Outcome.Reached;
        if (data.TryGetProperty("errors", out var userErrors) && userErrors.GetArrayLength() > 0)
            return userErrors.EnumerateArray().All(e => HiddenCodes.Contains(e.GetProperty("code").GetString()!)) ? Outcome.Hidden : Outcome.Reached;
        if (data.TryGetProperty("report", out var report) && report.ValueKind == JsonValueKind.Object
            && report.GetProperty("refused").GetBoolean())
            return report.GetProperty("problems").EnumerateArray().Any(p => HiddenCodes.Contains(p.GetProperty("code").GetString()!))
                ? Outcome.Hidden : Outcome.Reached;
        return Outcome.Reached;
    }
}
