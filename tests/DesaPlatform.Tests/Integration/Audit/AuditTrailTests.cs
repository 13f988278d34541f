using System.Text.Json;
using DesaPlatform.Audit.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Audit;

/// <summary>Every change through the API is recorded with who, when, what and before/after — in the same transaction.</summary>
public sealed class AuditTrailTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Trail = """
        query($entity: String!) {
          auditTrail(where: { entity: { eq: $entity } }) {
            totalCount nodes { userName role scope module entity entityId regionCode action before after requestId }
          }
        }
        """;

    [Fact]
    public async Task A_change_is_recorded_with_its_actor_and_values_and_the_nik_masked()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var added = await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900011", position: "ketua_rt"));
        var personId = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString();

        var province = await app.SignInAsync("admin.kalbar");
        var trail = await province.SendAsync(Trail, new { entity = "Person" });
        var entry = trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
            .Single(e => e.GetProperty("entityId").GetString() == personId);
        Assert.Equal(("op.dalamkaum", "VillageOperator", "61.01.01.2001", "membership", "Added", "61.01.01.2001"),
            (entry.GetProperty("userName").GetString(), entry.GetProperty("role").GetString(), entry.GetProperty("scope").GetString(),
             entry.GetProperty("module").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("regionCode").GetString()));
        Assert.NotEmpty(entry.GetProperty("requestId").GetString()!);
        var after = JsonDocument.Parse(entry.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("610101******0011", after.GetProperty("Nik").GetString());
        Assert.Equal("***", after.GetProperty("BirthDate").GetString());
        Assert.DoesNotContain("6101011708900011", trail.Body.GetRawText());
    }

    [Fact]
    public async Task An_approval_records_before_and_after_of_every_changed_row()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.LubukDagang, "6101011708900012");
        var regency = await app.SignInAsync("dpmd.sambas");
        await regency.SendAsync(Roster.Approve, new { id = submissionId });

        var trail = await regency.SendAsync(Trail, new { entity = "Submission" });
        var approval = trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
            .Single(e => e.GetProperty("entityId").GetString() == submissionId && e.GetProperty("action").GetString() == "Modified");
        Assert.Equal("dpmd.sambas", approval.GetProperty("userName").GetString());
        Assert.Equal("Submitted", JsonDocument.Parse(approval.GetProperty("before").GetString()!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("Approved", JsonDocument.Parse(approval.GetProperty("after").GetString()!).RootElement.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task What_a_sign_in_saves_is_recorded_under_the_account_that_signed_in()
    {
        var since = DateTime.UtcNow;
        await app.LoginAsync("viewer.sambas", "salah-sekali");
        await app.SignInAsync("viewer.sambas");

        var province = await app.SignInAsync("admin.kalbar");
        var trail = await province.SendAsync("""
            { auditTrail(where: { entity: { eq: "DesaUser" }, userName: { eq: "viewer.sambas" } }) { nodes { role after } } }
            """);
        var entries = trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("after").GetString()!.Contains("\"AccessFailedCount\":1", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("after").GetString()!.Contains("LastSignInAt", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal("Viewer", e.GetProperty("role").GetString()));
        var anonymous = await province.SendAsync(
            """query($since: DateTime) { auditTrail(from: $since, where: { userName: { eq: "anonymous" } }) { totalCount } }""", new { since });
        Assert.Equal(0, anonymous.Data.GetProperty("auditTrail").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_authenticator_key_is_recorded_hidden()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var key = (await regency.SendAsync("mutation { beginTwoFactorSetup { sharedKey errors { code } } }"))
            .Field("beginTwoFactorSetup").GetProperty("sharedKey").GetString()!;

        var trail = await regency.SendAsync("""{ auditTrail(where: { entity: { contains: "IdentityUserToken" } }) { nodes { after } } }""");
        var tokens = trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, e => Assert.Equal("***", JsonDocument.Parse(e.GetProperty("after").GetString()!).RootElement.GetProperty("Value").GetString()));
        Assert.DoesNotContain(key.Replace(" ", "", StringComparison.Ordinal), trail.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Regency_staff_see_their_regency_only_and_operators_none()
    {
        var sengkubang = await app.SignInAsync("op.sengkubang");
        await sengkubang.SendAsync(Roster.AddPerson, Roster.Person(Roster.Sengkubang, "6102011708900013", "ketua_rt"));

        var sambas = await app.SignInAsync("dpmd.sambas");
        var seen = await sambas.SendAsync("""{ auditTrail(first: 200) { nodes { regionCode } } }""");
        Assert.NotEmpty(seen.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.All(seen.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray(),
            e => Assert.StartsWith("61.01", e.GetProperty("regionCode").GetString()));

        var refused = await sengkubang.SendAsync("""{ auditTrail { totalCount } }""");
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.Body.GetProperty("errors")[0].ToString());
    }

    [Fact]
    public async Task Account_changes_are_recorded_without_secrets()
    {
        // An account of its own: a reset password would lock the other tests of this class out of a shared one.
        await app.AddAccountAsync("op.direset", UserRole.VillageOperator, Roster.LubukDagang);
        var regency = await app.SignInAsync("dpmd.sambas");
        await regency.SendAsync("mutation { resetPassword(input: { userName: \"op.direset\" }) { errors { code } } }");
        var trail = await regency.SendAsync(Trail, new { entity = "DesaUser" });
        var reset = trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
            .First(e => e.GetProperty("userName").GetString() == "dpmd.sambas" && e.GetProperty("action").GetString() == "Modified");
        Assert.Equal("61.01.01.2002", reset.GetProperty("regionCode").GetString());
        var after = JsonDocument.Parse(reset.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("***", after.GetProperty("PasswordHash").GetString());
    }

    [Fact]
    public async Task No_change_is_saved_when_its_audit_row_cannot_be()
    {
        var (hide, restore) = TestDatabase.UsesPostgres
            ? ("ALTER TABLE audit.audit_entries RENAME TO audit_entries_hidden", "ALTER TABLE audit.audit_entries_hidden RENAME TO audit_entries")
            : ("ALTER TABLE audit_entries RENAME TO audit_entries_hidden", "ALTER TABLE audit_entries_hidden RENAME TO audit_entries");
        var village = await app.SignInAsync("op.dalamkaum");
        await ExecuteAsync(hide);
        try
        {
            var response = await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900014", position: "ketua_rw"));
            Assert.True(response.HasErrors);
        }
        finally
        {
            await ExecuteAsync(restore);
        }
        var reader = await app.SignInAsync("admin.kalbar");
        var roster = await reader.SendAsync("""{ people(where: { positionCode: { eq: "ketua_rw" }, villageCode: { eq: "61.01.01.2001" } }) { totalCount } }""");
        Assert.Equal(0, roster.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
    }

    private async Task ExecuteAsync(string sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
