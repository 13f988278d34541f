using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Membership.RegionImport;

/// <summary>A regency's or province's roster file and the calls the tests make with it.</summary>
internal static class RegionRosterFile
{
    public const string Import = """
        mutation($r: String!, $file: String!, $dry: Boolean!, $confirm: Boolean) {
          importRegionRoster(input: { regionCode: $r, fileName: "kabupaten.csv", fileBase64: $file, dryRun: $dry, confirmLosses: $confirm }) {
            report { villageCount added changed ended unchanged applied refused submissions problemCount warningCount
                     villages { villageCode villageName added changed ended unchanged problemCount warningCount }
                     problems { line column code villageCode message } }
            errors { code field }
          }
        }
        """;

    public const string Rows = """
        mutation($file: String!, $v: String) {
          importRegionRoster(input: { regionCode: "61.01", fileName: "kabupaten.csv", fileBase64: $file, dryRun: true }) {
            report { problems(village: $v) { line villageCode code }
                     changes(village: $v) { line villageCode kind fullName fields { field before after } }
                     warnings(village: $v) { line villageCode code losses { field } } }
          }
        }
        """;

    public const string Waiting = """
        query($v: String!) { submissions(where: { villageCode: { eq: $v } }) { nodes { id status submittedBy reviewedBy importedBy importedFrom peopleCount addedCount endedCount warningCount needsCloserLook } } }
        """;

    public const string ApproveMany = """
        mutation($ids: [ID!], $r: String) {
          approveSubmissions(input: { submissionIds: $ids, regionCode: $r }) {
            summary { approvedCount approved left { submissionId villageCode reason } } errors { code }
          }
        }
        """;

    public const string Header = "kode_desa,nik,nama_lengkap,kode_jabatan,mulai_jabatan,akhir_jabatan\n";

    /// <summary>Per village, a head and <paramref name="hamletHeads"/> kepala dusun, NIKs numbered from <paramref name="serial"/>.</summary>
    public static string Of(IEnumerable<string> villages, int serial, int hamletHeads = 2, string? endTerm = null)
    {
        var file = new StringBuilder(Header);
        foreach (var village in villages)
        {
            file.Append($"{village},{Nik(serial++)},Kepala {village},kepala_desa,01/01/2024,{endTerm}\n");
            for (var i = 0; i < hamletHeads; i++) file.Append($"{village},{Nik(serial++)},Dusun {i} {village},kepala_dusun,01/01/2024,\n");
        }
        return file.ToString();
    }

    public static string Nik(int serial) => $"610101170880{serial:0000}";

    public static async Task<(JsonElement Report, List<string> Errors)> ImportAsync(GraphQLClient client, string region, string file, bool dryRun,
        bool confirm = false)
    {
        var response = await client.SendAsync(Import, new { r = region, file = Convert.ToBase64String(Encoding.UTF8.GetBytes(file)), dry = dryRun, confirm });
        var payload = response.Data.GetProperty("importRegionRoster");
        return (payload.GetProperty("report"), response.ErrorCodes("importRegionRoster").ToList());
    }

    public static async Task<JsonElement[]> SubmissionsAsync(GraphQLClient client, string village) =>
        (await client.SendAsync(Waiting, new { v = village })).Data.GetProperty("submissions").GetProperty("nodes").EnumerateArray().ToArray();
}
