using System.Text;
using System.Text.Json;
using DesaPlatform.Access.Persistence;
using DesaPlatform.Access.Users;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Hardening;

/// <summary>Text longer than its column is refused by the application on both databases, and nothing is saved.</summary>
public sealed class TextLimitTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_return_reason_longer_than_its_column_is_named_and_the_submission_stays_pending()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var id = await Roster.AddAndSubmitAsync(village, Roster.LubukDagang, nik: "6101011708900081");
        var regency = await app.SignInAsync("dpmd.sambas");
        var returned = await regency.SendAsync(Roster.Return, new { id, reason = new string('a', 1001) });
        Assert.Equal(["REASON_TOO_LONG"], returned.ErrorCodes("returnSubmission"));
        var changes = await regency.SendAsync(Roster.SubmissionChanges, new { id });
        Assert.Equal("SUBMITTED", changes.Data.GetProperty("submission").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_email_longer_than_its_column_is_not_an_email()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var email = new string('a', 250) + "@desa.id";
        var created = await admin.SendAsync(Access.AccessApi.CreateUser,
            new { input = new { userName = "panjang.email", fullName = "Panjang", role = "Viewer", regionCode = "61", email } });
        Assert.Equal(["INVALID_EMAIL"], created.ErrorCodes("createUser"));
    }

    [Fact]
    public async Task Under_every_check_a_text_its_column_cannot_hold_is_refused_before_the_database_sees_it()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AccessDbContext>();
        var user = await users.FindByNameAsync("op.dalamkaum");
        user!.FullName = new string('x', 500);
        var refused = await Assert.ThrowsAsync<TextRefusedException>(() => db.SaveChangesAsync());
        Assert.Contains("FullName", refused.Message);

        user.FullName = "Nama\0dengan NUL";
        Assert.Contains("NUL", (await Assert.ThrowsAsync<TextRefusedException>(() => db.SaveChangesAsync())).Message);

        var saved = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "op.dalamkaum");
        Assert.DoesNotContain("x", saved.FullName);
    }

    public static TheoryData<string, string, string> Imports => new()
    {
        { "bpjs.sambas", "uploadBpjsParticipantList", "regionCode: \"61.01\", asOf: \"2026-11-30\", fileName: $name, fileBase64: \"bmlr\", dryRun: false" },
        { "op.dalamkaum", "importPayments", $"villageCode: \"{Roster.DalamKaum}\", fileName: $name, fileBase64: \"bmlr\", dryRun: false" },
        { "admin.kalbar", "importUcjInputs", "fileName: $name, fileBase64: \"bmlr\", dryRun: false" },
        { "admin.kalbar", "importRegions", "csv: \"kode,nama\", fileName: $name, dryRun: false" },
        { "op.dalamkaum", "importRoster", $"villageCode: \"{Roster.DalamKaum}\", fileName: $name, fileBase64: \"bmlr\", dryRun: false" },
        { "dpmd.sambas", "importRegionRoster", "regionCode: \"61.01\", fileName: $name, fileBase64: \"bmlr\", dryRun: false" },
    };

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task An_uploaded_file_name_longer_than_its_column_is_named_and_nothing_is_read(string user, string mutation, string input)
    {
        var client = await app.SignInAsync(user);
        var response = await client.SendAsync($"mutation($name: String!) {{ {mutation}(input: {{ {input} }}) {{ report {{ applied }} errors {{ code field values {{ name value }} }} }} }}",
            new { name = new string('a', UploadedFileName.MaxLength - 3) + ".csv" });
        var error = Assert.Single(response.Data.GetProperty(mutation).GetProperty("errors").EnumerateArray());
        Assert.Equal(("FILE_NAME_TOO_LONG", "fileName", "255"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString(),
            error.GetProperty("values")[0].GetProperty("value").GetString()));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(mutation).GetProperty("report").ValueKind);
    }

    [Fact]
    public async Task A_participant_list_named_as_long_as_its_column_is_kept_and_one_longer_is_not()
    {
        const string Upload = """
            mutation($name: String!, $f: String!) {
              uploadBpjsParticipantList(input: { regionCode: "61.02", asOf: "2026-11-30", fileName: $name, fileBase64: $f, dryRun: false }) { report { applied } errors { code } }
            }
            """;
        var admin = await app.SignInAsync("admin.kalbar");
        var file = Convert.ToBase64String(Encoding.UTF8.GetBytes("nik,nama,segmen,program,status\n6102011708800091,Siti Aminah,PU,JKK,aktif\n"));
        var longest = new string('a', UploadedFileName.MaxLength - 4) + ".csv";
        Assert.Equal(["FILE_NAME_TOO_LONG"], (await admin.SendAsync(Upload, new { name = "a" + longest, f = file })).ErrorCodes("uploadBpjsParticipantList"));
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            Assert.False(await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().ParticipantLists.AnyAsync(l => l.RegionCode == "61.02"));
        }

        var kept = await admin.SendAsync(Upload, new { name = longest, f = file });
        Assert.True(kept.Data.GetProperty("uploadBpjsParticipantList").GetProperty("report").GetProperty("applied").GetBoolean());
        var runs = await admin.SendAsync("""{ bpjsReconciliation(regionCode: "61.02") { runs { fileName } } }""");
        Assert.Equal(longest, runs.Data.GetProperty("bpjsReconciliation").GetProperty("runs")[0].GetProperty("fileName").GetString());
    }
}
