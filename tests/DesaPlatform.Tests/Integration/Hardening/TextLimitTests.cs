using DesaPlatform.Access.Persistence;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Persistence;
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
}
