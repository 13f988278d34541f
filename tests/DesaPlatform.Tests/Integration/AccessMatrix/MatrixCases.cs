using System.Text;
using DesaPlatform.Tests.Infrastructure;
using static DesaPlatform.Tests.Integration.AccessMatrix.MatrixCase;

namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>Every query and mutation of the schema. A root field without a case here fails <see cref="AccessMatrixTests"/>.</summary>
public static class MatrixCases
{
    private static Task<object?> Value(object? variables) => Task.FromResult(variables);

    private const string Kalbar = "code,name,level,parent_code,kind\n61,Kalimantan Barat,province,,\n";
    private const string OtherProvince = "code,name,level,parent_code,kind\n63,Kalimantan Selatan,province,,\n";

    public static readonly MatrixCase[] All =
    [
        new("me", "{ me { userName } }", (_, _) => Value(null),
            Actor.All.ToDictionary(a => a.Role, a => a.UserName is null ? (Outcome.Hidden, Outcome.Hidden) : (Outcome.Reached, Outcome.Reached))),
        new("positions", "{ positions { code } }", (_, _) => Value(null), AnySignedIn()),
        new("premiumRates", "{ premiumRates { id } }", (_, _) => Value(null), AnySignedIn()),
        new("region", "query($v: String!) { region(code: $v) { code } }", (_, v) => Value(new { v }), ScopedRead()),
        new("regions", "query($v: String!) { regions(where: { code: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("coverage", "query($v: String!) { coverage(regionCode: $v, year: 2026) { year } }", (_, v) => Value(new { v }), ScopedRead()),
        new("indicators", "{ indicators { code } }", (_, _) => Value(null), AnySignedIn()),
        new("indicatorSeries", "query($v: String!) { indicatorSeries(regionCode: $v, indicator: \"DATA_COMPLETENESS\", months: 2) { regionCode } }",
            (_, v) => Value(new { v }), ScopedRead()),
        new("laggingVillages", "query($v: String!) { laggingVillages(regionCode: $v, segment: \"BPD\", kind: NO_COVERAGE) { totalCount } }",
            (_, v) => Value(new { v }), ScopedRead()),
        new("targets", "query($v: String!) { targets(regionCode: $v) { regionCode } }", (_, v) => Value(new { v }), ScopedRead()),
        new("ucjInputs", "query($v: String!) { ucjInputs(regionCode: $v) { pageInfo { hasNextPage } } }", (_, v) => Value(new { v }), ScopedRead()),
        new("person", "query($id: ID!) { person(id: $id) { id } }", (w, v) => Value(new { id = w.PersonIn[v] }), ScopedRead()),
        new("people", "query($v: String!) { people(where: { villageCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("rosterSummary", "query($v: String!) { rosterSummary(villageCode: $v) { official { inOffice } } }", (_, v) => Value(new { v }), ScopedRead()),
        new("submissions", "query($v: String!) { submissions(where: { villageCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("submission", "query($id: ID!) { submission(id: $id) { id } }", (w, v) => Value(new { id = w.SubmissionIn[v] }), ScopedRead()),
        new("timeline", "query($v: String!) { timeline(where: { villageCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("notifications", "{ notifications { kind } }", (_, _) => Value(null), AnySignedIn()),
        new("monevMeetings", "query($r: String!) { monevMeetings(where: { regionCode: { eq: $r } }) { totalCount } }", (_, v) => Value(new { r = v[..8] }),
            AboveTheVillage()),
        new("monevMeeting", "query($id: ID!) { monevMeeting(id: $id) { id } }", (w, v) => Value(new { id = w.MeetingIn[v] }), AboveTheVillage()),
        new("monevFindings", "query($v: String!) { monevFindings(where: { villageCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("overdueActions", "query($v: String!) { overdueActions(regionCode: $v) { totalCount } }", (_, v) => Value(new { v }), ScopedRead()),
        new("obstacles", "{ obstacles { code } }", (_, _) => Value(null), AnySignedIn()),
        new("auditTrail", "query($v: String!) { auditTrail(where: { regionCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }),
            Only("ProvinceAdmin", "RegencyStaff")),
        new("users", "query($v: String!) { users(where: { regionCode: { eq: $v } }) { totalCount } }", (_, v) => Value(new { v }),
            Only("ProvinceAdmin", "RegencyStaff")),
        new("user", "query($name: String!) { user(userName: $name) { userName } }", (w, v) => Value(new { name = w.OperatorOf[v] }),
            Only("ProvinceAdmin", "RegencyStaff")),

        new("createUser", "mutation($i: CreateUserInput!) { createUser(input: $i) { errors { code } } }",
            (w, v) => Value(new { i = new { userName = w.NextUserName(), fullName = "Operator Baru", role = "VillageOperator", regionCode = v } }),
            Only("ProvinceAdmin", "RegencyStaff")),
        new("importOperators", "mutation($csv: String!) { importOperators(input: { csv: $csv, dryRun: true }) { report { refused problems { code } } errors { code } } }",
            (w, v) => Value(new { csv = $"user_name,full_name,village_code,contact\n{w.NextUserName()},Operator Baru,{v},081234567890\n" }),
            Only("ProvinceAdmin", "RegencyStaff")),
        new("disableUser", "mutation($name: String!) { disableUser(input: { userName: $name }) { errors { code } } }",
            async (w, v) => new { name = await w.FreshOperatorAsync(v) }, Only("ProvinceAdmin", "RegencyStaff")),
        new("enableUser", "mutation($name: String!) { enableUser(input: { userName: $name }) { errors { code } } }",
            async (w, v) => new { name = await w.FreshOperatorAsync(v) }, Only("ProvinceAdmin", "RegencyStaff")),
        new("resetPassword", "mutation($name: String!) { resetPassword(input: { userName: $name }) { errors { code } } }",
            async (w, v) => new { name = await w.FreshOperatorAsync(v) }, Only("ProvinceAdmin", "RegencyStaff")),
        new("changeUserAccess", "mutation($name: String!, $v: String!) { changeUserAccess(input: { userName: $name, role: Viewer, regionCode: $v }) { errors { code } } }",
            async (w, v) => new { name = await w.FreshOperatorAsync(v), v }, Only("ProvinceAdmin", "RegencyStaff")),
        new("changePassword", "mutation { changePassword(input: { currentPassword: \"Salah-Sandi-1\", newPassword: \"Sandi-Baru-2026!\" }) { errors { code } } }",
            (_, _) => Value(null), AnySignedIn()),
        new("beginTwoFactorSetup", "mutation { beginTwoFactorSetup { errors { code } } }", (_, _) => Value(null), AnySignedIn()),
        new("enableTwoFactor", "mutation { enableTwoFactor(input: { code: \"000000\" }) { errors { code } } }", (_, _) => Value(null), AnySignedIn()),
        new("disableTwoFactor", "mutation { disableTwoFactor(input: { code: \"000000\" }) { errors { code } } }", (_, _) => Value(null), AnySignedIn()),

        new("setTarget", "mutation($r: String!) { setTarget(input: { indicator: \"PERSON_COVERAGE_BPD\", regionCode: $r, year: 2026, percent: 70 }) { errors { code } } }",
            (_, v) => Value(new { r = v[..5] }), Only("ProvinceAdmin")),
        new("setUcjInput", "mutation($r: String!) { setUcjInput(input: { regionCode: $r, period: \"2026-01\", participantsPu: 10, participantsBpu: 5, participantsJakon: 1, workingPopulation: 100, source: \"BPS Sakernas\", sourceDate: \"2026-02-01\" }) { errors { code } } }",
            (_, v) => Value(new { r = v[..5] }), Only("ProvinceAdmin")),
        new("removeUcjInput", "mutation($id: ID!) { removeUcjInput(input: { id: $id }) { errors { code } } }",
            async (w, v) => new { id = await w.UcjInputInAsync(v[..5]) }, Only("ProvinceAdmin")),
        new("importUcjInputs", "mutation($f: String!) { importUcjInputs(input: { fileName: \"ucj.csv\", fileBase64: $f, dryRun: true }) { report { refused problems { code } } errors { code } } }",
            (_, v) => Value(new { f = Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"kode_wilayah,periode,peserta_pu,peserta_bpu,peserta_jakon,penduduk_bekerja,sumber,tanggal_sumber\n{v[..5]},2026-01,10,5,1,100,BPS Sakernas,01/02/2026\n")) }),
            Only("ProvinceAdmin")),
        new("importRegions", "mutation($csv: String!) { importRegions(input: { csv: $csv, dryRun: true }) { report { refused problems { code } } errors { code } } }",
            (_, v) => Value(new { csv = v.StartsWith("61.") ? Kalbar : OtherProvince }), Only("ProvinceAdmin")),
        new("addPerson", Roster.AddPerson, (w, v) => Value(Roster.Person(v, w.NextNik(v), "ketua_rt")), Only("VillageOperator")),
        new("updatePerson", "mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code } } }",
            (w, v) => Value(new { i = new { personId = w.PersonIn[v], fullName = "Siti", nik = w.NextNik(v), positionCode = "ketua_rt", termStart = "2024-01-01" } }),
            Only("VillageOperator")),
        new("endTerm", "mutation($id: ID!) { endTerm(input: { personId: $id, termEnd: \"2026-06-30\" }) { errors { code } } }",
            (w, v) => Value(new { id = w.PersonIn[v] }), Only("VillageOperator")),
        new("discardChange", "mutation($id: ID!) { discardChange(input: { personId: $id }) { errors { code } } }",
            (w, v) => Value(new { id = w.PersonIn[v] }), Only("VillageOperator")),
        new("importRoster", "mutation($v: String!, $f: String!) { importRoster(input: { villageCode: $v, fileName: \"daftar.csv\", fileBase64: $f, dryRun: true }) { errors { code } } }",
            (_, v) => Value(new { v, f = Convert.ToBase64String("nik,nama_lengkap,kode_jabatan,mulai_jabatan\n"u8.ToArray()) }), Only("VillageOperator")),
        new("submitRoster", Roster.Submit, (_, v) => Value(new { village = v }), Only("VillageOperator")),
        new("withdrawSubmission", Roster.Withdraw, (w, v) => Value(new { id = w.SubmissionIn[v] }), Only("VillageOperator")),
        new("approveSubmission", Roster.Approve, (w, v) => Value(new { id = w.SubmissionIn[v] }), Only("RegencyStaff")),
        new("returnSubmission", Roster.Return, (w, v) => Value(new { id = w.SubmissionIn[v], reason = "Periksa lagi" }), Only("RegencyStaff")),
        new("reopenSubmission", "mutation($id: ID!) { reopenSubmission(input: { submissionId: $id, reason: \"Salah setuju\" }) { errors { code } } }",
            (w, v) => Value(new { id = w.SubmissionIn[v] }), Only("RegencyStaff")),

        new("recordMonevMeeting", "mutation($r: String!) { recordMonevMeeting(input: { regionCode: $r, date: \"2026-10-14\", place: \"Aula\", participants: \"DPMD\" }) { errors { code } } }",
            (_, v) => Value(new { r = v[..8] }), Only("ProvinceAdmin", "RegencyStaff")),
        new("addMonevFinding", "mutation($m: ID!, $v: String!) { addMonevFinding(input: { meetingId: $m, villageCode: $v, segment: BPD, obstacleCode: \"network\", note: \"Sinyal lemah\" }) { errors { code } } }",
            (w, v) => Value(new { m = w.MeetingIn[v], v }), Only("ProvinceAdmin", "RegencyStaff")),
        new("addFollowUpAction", "mutation($f: ID!) { addFollowUpAction(input: { findingId: $f, what: \"Pasang penguat sinyal\", owner: PROVINCE, dueDate: \"2026-12-31\" }) { errors { code } } }",
            (w, v) => Value(new { f = w.FindingIn[v] }), Only("ProvinceAdmin", "RegencyStaff")),
        new("changeActionStatus", "mutation($a: ID!) { changeActionStatus(input: { actionId: $a, status: IN_PROGRESS, note: \"Dikerjakan\" }) { errors { code } } }",
            (w, v) => Value(new { a = w.ActionIn[v] }), Only("ProvinceAdmin", "RegencyStaff", "VillageOperator")),
        new("addActionNote", "mutation($a: ID!) { addActionNote(input: { actionId: $a, note: \"Dipantau\" }) { errors { code } } }",
            (w, v) => Value(new { a = w.ActionIn[v] }), Only("ProvinceAdmin", "RegencyStaff", "VillageOperator")),
        new("addObstacle", "mutation($n: String!) { addObstacle(input: { nameId: $n, nameEn: $n }) { errors { code } } }",
            (w, _) => Value(new { n = "Kendala " + w.NextUserName() }),
            Actor.All.ToDictionary(a => a.Role, a => a.Role == "ProvinceAdmin" ? (Outcome.Reached, Outcome.Reached) : (Outcome.Refused, Outcome.Refused))),
    ];
}
