using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Submissions;

/// <summary>Approval beyond the happy path (which <c>SliceTests</c> walks): two reviewers at once; a bulk approval asked for two ways at once.</summary>
public sealed class ApproveSubmissionTests(DesaApp app) : IClassFixture<DesaApp>
{
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
        var submissionId = await RosterOps.AddAndSubmitAsync(village, RosterOps.DalamKaum, "6101011708900023");
        var first = await app.SignInAsync("dpmd.sambas");
        var second = await app.SignInAsync("dpmd.sambas2");

        var results = await Task.WhenAll(
            first.SendAsync(RosterOps.Approve, new { id = submissionId }),
            second.SendAsync(RosterOps.Approve, new { id = submissionId }));

        var outcomes = results.Select(r => r.ErrorCodes("approveSubmission").SingleOrDefault() ?? "APPROVED").ToList();
        Assert.Single(outcomes, o => o == "APPROVED");
        Assert.Single(outcomes, o => o is "ALREADY_REVIEWED" or "CONFLICT");
        var roster = await first.SendAsync("""{ people(where: { villageCode: { eq: "61.01.01.2001" }, status: { eq: OFFICIAL } }) { totalCount } }""");
        Assert.Equal(1, roster.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_bulk_approval_takes_the_chosen_submissions_or_a_region_not_both_nor_neither_and_approves_nothing_else()
    {
        const string ApproveMany = """
            mutation($ids: [ID!], $region: String) { approveSubmissions(input: { submissionIds: $ids, regionCode: $region }) { summary { approvedCount } errors { code field } } }
            """;
        var submissionId = await RosterOps.AddAndSubmitAsync(await app.SignInAsync("op.lubukdagang"), RosterOps.LubukDagang, "6101011708900024");
        var regency = await app.SignInAsync("dpmd.sambas");
        foreach (var both in new object[] { new { ids = new[] { submissionId }, region = "61.01" }, new { ids = (string[]?)null, region = (string?)null } })
        {
            var response = await regency.SendAsync(ApproveMany, both);
            Assert.Equal(["CHOOSE_ONE"], response.ErrorCodes("approveSubmissions"));
            Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("approveSubmissions").GetProperty("summary").ValueKind);
        }
        var waiting = await regency.SendAsync(RosterOps.SubmissionChanges, new { id = submissionId });
        Assert.Equal("SUBMITTED", waiting.Data.GetProperty("submission").GetProperty("status").GetString());

        var chosen = await regency.SendAsync(ApproveMany, new { ids = new[] { submissionId }, region = (string?)null });
        Assert.Equal(1, chosen.Data.GetProperty("approveSubmissions").GetProperty("summary").GetProperty("approvedCount").GetInt32());
    }
}
