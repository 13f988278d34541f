using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration;

/// <summary>The submission's life beyond the happy path: withdrawal by the village, two reviewers at once.</summary>
public sealed class WorkflowTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task The_village_withdraws_a_waiting_submission_and_may_edit_again()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.LubukDagang, "6101011708900021");

        var withdrawn = await village.SendAsync(Roster.Withdraw, new { id = submissionId });
        var submission = withdrawn.Data.GetProperty("withdrawSubmission").GetProperty("submission");
        Assert.Equal(("WITHDRAWN", "op.lubukdagang"), (submission.GetProperty("status").GetString(), submission.GetProperty("reviewedBy").GetString()));

        var added = await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101011708900022", "ketua_rt"));
        Assert.Empty(added.ErrorCodes("addPerson"));
        var regency = await app.SignInAsync("dpmd.sambas");
        var approveWithdrawn = await regency.SendAsync(Roster.Approve, new { id = submissionId });
        Assert.Equal(["ALREADY_REVIEWED"], approveWithdrawn.ErrorCodes("approveSubmission"));
    }

    [Fact]
    public async Task Of_two_reviewers_approving_at_once_exactly_one_wins_and_the_other_is_told()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
            var created = await users.CreateAsync(new DesaUser { UserName = "dpmd.sambas2", FullName = "Staf DPMD Sambas 2", Role = UserRole.RegencyStaff, RegionCode = "61.01" }, DesaApp.Password);
            Assert.True(created.Succeeded);
        }
        var village = await app.SignInAsync("op.dalamkaum");
        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.DalamKaum, "6101011708900023");
        var first = await app.SignInAsync("dpmd.sambas");
        var second = await app.SignInAsync("dpmd.sambas2");

        var results = await Task.WhenAll(
            first.SendAsync(Roster.Approve, new { id = submissionId }),
            second.SendAsync(Roster.Approve, new { id = submissionId }));

        var outcomes = results.Select(r => r.ErrorCodes("approveSubmission").SingleOrDefault() ?? "APPROVED").ToList();
        Assert.Single(outcomes, o => o == "APPROVED");
        Assert.Single(outcomes, o => o is "ALREADY_REVIEWED" or "CONFLICT");
        var roster = await first.SendAsync("""{ people(where: { villageCode: { eq: "61.01.01.2001" }, status: { eq: OFFICIAL } }) { totalCount } }""");
        Assert.Equal(1, roster.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
    }
}
