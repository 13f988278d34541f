using System.Text.Json;

namespace DesaPlatform.Tests.Infrastructure;

/// <summary>The slice's operations as the portal sends them.</summary>
public static class Roster
{
    public const string DalamKaum = "61.01.01.2001";
    public const string LubukDagang = "61.01.01.2002";
    public const string Sengkubang = "61.02.01.2001";

    public const string AddPerson = """
        mutation($input: AddPersonInput!) {
          addPerson(input: $input) {
            person { id nik status covered enrollment { monthlyPremium { amount ratesUsed { program percent } } } }
            errors { code field message }
          }
        }
        """;

    public const string Submit = """
        mutation($village: String!) {
          submitRoster(input: { villageCode: $village }) { submission { id status peopleCount } errors { code field } }
        }
        """;

    public const string Approve = """
        mutation($id: ID!) { approveSubmission(input: { submissionId: $id }) { submission { status reviewedBy } errors { code field } } }
        """;

    public const string Withdraw = """
        mutation($id: ID!) { withdrawSubmission(input: { submissionId: $id }) { submission { status reviewedBy } errors { code field } } }
        """;

    /// <summary>What a reviewer sees of a submission: its counts, each change against what it replaces, its steps.</summary>
    public const string SubmissionChanges = """
        query($id: ID!) {
          submission(id: $id) {
            status addedCount changedCount endedCount
            changes { kind person { id fullName warnings { code villages note } nikConflicts { villageCode villageName } } before { id fullName } fields { field before after } }
            events { kind by reason }
          }
        }
        """;

    public const string Return = """
        mutation($id: ID!, $reason: String!) {
          returnSubmission(input: { submissionId: $id, reason: $reason }) { submission { status reason } errors { code field } }
        }
        """;

    public const string Coverage = """
        query($code: String!) {
          coverage(regionCode: $code, year: 2026) {
            total {
              peopleInOffice peopleCovered coveragePercent villages villagesWithCoverage villagesWithApprovedRoster
              ucj: indicator(code: "UCJ") { value target { percent setFor inherited } }
            }
            byRegion { regionCode regionName peopleInOffice peopleCovered villagesWithCoverage }
          }
        }
        """;

    public static object Person(string village = DalamKaum, string nik = "6101015708900003", string position = "kepala_dusun",
        string termStart = "2024-01-01", string? termEnd = null, object? enrollment = null) =>
        new { input = new { villageCode = village, fullName = "Siti Aminah", nik, positionCode = position, termStart, termEnd,
            enrollment = enrollment ?? new { kpj = "12345678901", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" } } };

    public static async Task<string> AddAndSubmitAsync(GraphQLClient operatorClient, string village = DalamKaum, string nik = "6101015708900003")
    {
        var added = await operatorClient.SendAsync(AddPerson, Person(village, nik));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var submitted = await operatorClient.SendAsync(Submit, new { village });
        Assert.Empty(submitted.ErrorCodes("submitRoster"));
        return submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
    }

    public static JsonElement Row(this GraphQLResponse coverage, string regionCode) =>
        coverage.Data.GetProperty("coverage").GetProperty("byRegion").EnumerateArray()
            .Single(r => r.GetProperty("regionCode").GetString() == regionCode);

    /// <summary>The current version of the entry with this NIK, searched in the NIK's district.</summary>
    public static async Task<JsonElement> CurrentAsync(GraphQLClient client, string nik)
    {
        var village = nik[..2] + "." + nik[2..4] + "." + nik[4..6];
        var people = await client.SendAsync("""
            query($v: String!) { people(where: { villageCode: { startsWith: $v } }, first: 200) { nodes { id entryId nik status fullName reviewComment } } }
            """, new { v = village });
        return people.Data.GetProperty("people").GetProperty("nodes").EnumerateArray().Single(p => p.GetProperty("nik").GetString() == nik);
    }
}
