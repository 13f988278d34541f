using System.Text.Json;
using System.Text.Json.Serialization;
using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// A policy's groups as one JSON column: they are read and written as a whole, and the audit keeps the whole before
/// and after in one entry.
/// </summary>
internal static class GroupFundingJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Write(IReadOnlyList<GroupFunding> groups) => JsonSerializer.Serialize(groups, Options);

    public static IReadOnlyList<GroupFunding> Read(string json) => JsonSerializer.Deserialize<List<GroupFunding>>(json, Options) ?? [];
}
