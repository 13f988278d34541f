using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Budgeting.Plans;

/// <summary>What the plan tests read back alike: a payload's user errors, the caller's notifications.</summary>
internal static class PlanApi
{
    public static List<(string?, string?)> Errors(GraphQLResponse response, string field) =>
        response.Data.GetProperty(field).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString())).ToList();

    /// <summary>(kind, region, fiscal year) of each notification the caller has waiting.</summary>
    public static async Task<List<(string? Kind, string? Region, int? Year)>> NotificationsAsync(GraphQLClient client) =>
        (await client.SendAsync("{ notifications { kind villageCode year } }")).Data.GetProperty("notifications").EnumerateArray()
            .Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("villageCode").GetString(),
                n.GetProperty("year").ValueKind == JsonValueKind.Null ? (int?)null : n.GetProperty("year").GetInt32()))
            .ToList();
}
