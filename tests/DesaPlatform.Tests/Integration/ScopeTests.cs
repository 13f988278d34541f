using System.Net;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration;

/// <summary>Nobody sees or changes anything outside their scope, and out-of-scope looks exactly like missing.</summary>
public sealed class ScopeTests(ScopeTests.PendingSubmission fixture) : IClassFixture<ScopeTests.PendingSubmission>
{
    /// <summary>A Dalam Kaum person submitted and waiting in Sambas' inbox.</summary>
    public sealed class PendingSubmission : IAsyncLifetime
    {
        public DesaApp App { get; } = new();
        public string SubmissionId { get; private set; } = "";
        public string PersonId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await ((IAsyncLifetime)App).InitializeAsync();
            var village = await App.SignInAsync("op.dalamkaum");
            var added = await village.SendAsync(Roster.AddPerson, Roster.Person());
            PersonId = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString()!;
            var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
            SubmissionId = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString()!;
        }

        public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
    }

    private DesaApp App => fixture.App;

    [Theory]
    [InlineData("op.lubukdagang")]
    [InlineData("op.sengkubang")]
    [InlineData("dpmd.mempawah")]
    public async Task Outside_the_scope_a_village_and_its_people_do_not_exist(string userName)
    {
        var client = await App.SignInAsync(userName);
        var read = await client.SendAsync("""
            query($code: String!, $person: ID!) {
              region(code: $code) { name }
              person(id: $person) { fullName }
              people(where: { villageCode: { eq: $code } }) { totalCount }
              submissions { totalCount }
              coverage(regionCode: $code, year: 2026) { total { peopleInOffice } }
            }
            """, new { code = Roster.DalamKaum, person = fixture.PersonId });
        Assert.False(read.HasErrors, read.Body.ToString());
        Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("region").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("person").ValueKind);
        Assert.Equal(0, read.Data.GetProperty("people").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, read.Data.GetProperty("submissions").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("coverage").ValueKind);
    }

    [Theory]
    [InlineData("op.lubukdagang")]
    [InlineData("op.sengkubang")]
    public async Task An_operator_cannot_add_to_or_submit_another_village(string userName)
    {
        var client = await App.SignInAsync(userName);
        var added = await client.SendAsync(Roster.AddPerson, Roster.Person(Roster.DalamKaum, "6101011708900009", "ketua_rt"));
        Assert.Equal(["UNKNOWN_REGION"], added.ErrorCodes("addPerson"));
        var submitted = await client.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
        Assert.Equal(["UNKNOWN_REGION"], submitted.ErrorCodes("submitRoster"));
    }

    [Fact]
    public async Task Another_regency_cannot_approve_or_return_the_submission()
    {
        var mempawah = await App.SignInAsync("dpmd.mempawah");
        var approve = await mempawah.SendAsync(Roster.Approve, new { id = fixture.SubmissionId });
        Assert.Equal(["NOT_FOUND"], approve.ErrorCodes("approveSubmission"));
        var giveBack = await mempawah.SendAsync(Roster.Return, new { id = fixture.SubmissionId, reason = "bukan wilayah saya" });
        Assert.Equal(["NOT_FOUND"], giveBack.ErrorCodes("returnSubmission"));

        var sambas = await App.SignInAsync("dpmd.sambas");
        var inbox = await sambas.SendAsync("""{ submissions(where: { status: { eq: SUBMITTED } }) { nodes { id } } }""");
        Assert.Equal(fixture.SubmissionId, inbox.Data.GetProperty("submissions").GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("op.dalamkaum", "approveSubmission")]
    [InlineData("bpjs.kalbar", "approveSubmission")]
    [InlineData("bpjs.sambas", "approveSubmission")]
    [InlineData("viewer.sambas", "returnSubmission")]
    [InlineData("dpmd.sambas", "addPerson")]
    [InlineData("admin.kalbar", "addPerson")]
    [InlineData("bpjs.kalbar", "submitRoster")]
    public async Task A_role_without_the_right_is_refused_before_anything_runs(string userName, string mutation)
    {
        var client = await App.SignInAsync(userName);
        var document = mutation switch
        {
            "approveSubmission" => Roster.Approve,
            "returnSubmission" => Roster.Return,
            "addPerson" => Roster.AddPerson,
            _ => Roster.Submit,
        };
        object variables = mutation switch
        {
            "approveSubmission" => new { id = fixture.SubmissionId },
            "returnSubmission" => new { id = fixture.SubmissionId, reason = "x" },
            "addPerson" => Roster.Person(),
            _ => new { village = Roster.DalamKaum },
        };
        var response = await client.SendAsync(document, variables);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.Body.GetProperty("errors")[0].ToString());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ regions { totalCount } }")]
    [InlineData("{ positions { code } }")]
    [InlineData("{ people { totalCount } }")]
    [InlineData("{ submissions { totalCount } }")]
    [InlineData("{ premiumRates { id } }")]
    [InlineData("{ coverage(regionCode: \"61\", year: 2026) { year } }")]
    [InlineData("{ __schema { queryType { name } } }")]
    public async Task An_anonymous_caller_gets_nothing_but_me(string query)
    {
        var anonymous = App.Anonymous();
        var refused = await anonymous.SendAsync(query);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", refused.Body.GetProperty("errors")[0].ToString());
        var me = await anonymous.SendAsync("{ me { userName } }");
        Assert.Equal(JsonValueKind.Null, me.Data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Inside_the_scope_reads_work_and_nik_is_masked_for_readers()
    {
        foreach (var (userName, nik) in new[] { ("op.dalamkaum", "6101015708900003"), ("dpmd.sambas", "6101015708900003"),
                     ("admin.kalbar", "610101******0003"), ("bpjs.kalbar", "610101******0003"), ("viewer.sambas", "610101******0003") })
        {
            var client = await App.SignInAsync(userName);
            var read = await client.SendAsync("query($id: ID!) { person(id: $id) { nik village { name } } }", new { id = fixture.PersonId });
            Assert.Equal(nik, read.Data.GetProperty("person").GetProperty("nik").GetString());
            Assert.Equal("Dalam Kaum", read.Data.GetProperty("person").GetProperty("village").GetProperty("name").GetString());
        }
    }
}
