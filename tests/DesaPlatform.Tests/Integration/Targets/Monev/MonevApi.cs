using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Targets.Monev;

/// <summary>Monev's operations as the portal sends them, and the steps most tests start with.</summary>
public static class MonevApi
{
    public const string RecordMeeting = """
        mutation($i: RecordMonevMeetingInput!) { recordMonevMeeting(input: $i) { meeting { id regionCode } errors { code field message } } }
        """;

    public const string AddFinding = """
        mutation($i: AddMonevFindingInput!) { addMonevFinding(input: $i) { finding { id villageCode isOpen } errors { code field message } } }
        """;

    public const string AddAction = """
        mutation($i: AddFollowUpActionInput!) { addFollowUpAction(input: $i) { action { id status owner ownerName } errors { code field message } } }
        """;

    public const string ChangeStatus = """
        mutation($i: ChangeActionStatusInput!) { changeActionStatus(input: $i) { action { status updates { by note status } } errors { code field message } } }
        """;

    public const string AddNote = """
        mutation($i: AddActionNoteInput!) { addActionNote(input: $i) { action { status updates { by note status } } errors { code field message } } }
        """;

    public const string MeetingQuery = """
        query($id: ID!) {
          monevMeeting(id: $id) {
            regionCode date place participants summary
            findings { villageCode segment note isOpen obstacle { code nameId } actions { what owner ownerName dueDate status isOverdue updates { by note status } } }
          }
        }
        """;

    public const string Findings = """
        query($v: String!) { monevFindings(where: { villageCode: { eq: $v } }) { totalCount nodes { id meeting { id } note actions { id owner } } } }
        """;

    public const string Overdue = """
        query($r: String!) { overdueActions(regionCode: $r) { totalCount nodes { id villageCode dueDate isOverdue } } }
        """;

    public static object NewMeeting(string region = "61.01", string place = "Aula DPMD Sambas") =>
        new { i = new { regionCode = region, date = "2026-10-14", place, participants = "Kepala DPMD\nBPJS Ketenagakerjaan Cabang Singkawang", summary = "Rapat monev triwulan III" } };

    public static object Finding(string meetingId, string village = Roster.DalamKaum, string obstacle = "apbdes_budget") =>
        new { i = new { meetingId, villageCode = village, segment = "BPD", obstacleCode = obstacle, note = "Iuran BPD belum masuk APBDes 2026" } };

    public static object Action(string findingId, string owner = "VILLAGE", string due = "2026-11-30", string? ownerName = null) =>
        new { i = new { findingId, what = "Anggarkan iuran dalam APBDes Perubahan", owner, ownerName, dueDate = due } };

    public static string Id(this GraphQLResponse response, string mutation, string result)
    {
        var payload = response.Data.GetProperty(mutation);
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return payload.GetProperty(result).GetProperty("id").GetString()!;
    }

    /// <summary>A meeting of Sambas with a finding about Dalam Kaum and one action owned as given: (meeting, finding, action).</summary>
    public static async Task<(string Meeting, string Finding, string Action)> RecordAsync(GraphQLClient recorder, string owner = "VILLAGE",
        string due = "2026-11-30")
    {
        var meeting = (await recorder.SendAsync(RecordMeeting, NewMeeting())).Id("recordMonevMeeting", "meeting");
        var finding = (await recorder.SendAsync(AddFinding, Finding(meeting))).Id("addMonevFinding", "finding");
        var action = (await recorder.SendAsync(AddAction, Action(finding, owner, due))).Id("addFollowUpAction", "action");
        return (meeting, finding, action);
    }

    public static JsonElement Nodes(this GraphQLResponse response, string field) => response.Data.GetProperty(field).GetProperty("nodes");
}
