using System.Net;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership;

/// <summary>Requests on one village's roster at the same moment: the roster lock lets one through at a time, the rest are told why.</summary>
public sealed class ConcurrentRosterChangeTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const int Operators = 8;

    [Fact]
    public async Task Of_eight_operators_adding_a_kepala_desa_at_once_exactly_one_succeeds_and_the_others_are_told_the_position_is_full()
    {
        var clients = new List<GraphQLClient>();
        for (var i = 0; i < Operators; i++) clients.Add(await app.SignInAsync("op.dalamkaum"));

        var results = await Task.WhenAll(clients.Select((client, i) =>
            client.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.DalamKaum, $"6101011708800{i + 1:000}", "kepala_desa"))));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(results, r => Assert.False(r.HasErrors, r.Body.ToString()));
        var outcomes = results.Select(r => string.Join(",", r.ErrorCodes("addPerson"))).ToList();
        Assert.Single(outcomes, o => o == "");
        Assert.Equal(Operators - 1, outcomes.Count(o => o == "POSITION_FULL"));
        var heads = await clients[0].SendAsync("""
            { people(where: { villageCode: { eq: "61.01.01.2001" }, positionCode: { eq: "kepala_desa" } }) { totalCount } }
            """);
        Assert.Equal(1, heads.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Of_two_submits_at_once_one_is_sent_and_the_other_is_told_already_submitted()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var other = await app.SignInAsync("op.lubukdagang");
        Assert.Empty((await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(RosterOps.LubukDagang, "6101011708800021"))).ErrorCodes("addPerson"));

        // A few rounds, as the race does not show every time without the lock.
        for (var round = 0; round < 4; round++)
        {
            var results = await Task.WhenAll(
                village.SendAsync(RosterOps.Submit, new { village = RosterOps.LubukDagang }),
                other.SendAsync(RosterOps.Submit, new { village = RosterOps.LubukDagang }));

            Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
            Assert.All(results, r => Assert.False(r.HasErrors, r.Body.ToString()));
            var outcomes = results.Select(r => r.ErrorCodes("submitRoster").SingleOrDefault() ?? "SUBMITTED").Order().ToList();
            Assert.Equal(["ALREADY_SUBMITTED", "SUBMITTED"], outcomes);
            var sent = results.Single(r => !r.ErrorCodes("submitRoster").Any());
            var withdrawn = await village.SendAsync(RosterOps.Withdraw,
                new { id = sent.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString() });
            Assert.Empty(withdrawn.ErrorCodes("withdrawSubmission"));
        }
    }
}
