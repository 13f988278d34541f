using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Tests.Integration.Operations;

/// <summary>
/// What the JSON console log writes (README "Running it for real"): each entry with its scopes — inside a request its
/// RequestId and TraceId — and never a NIK, however the request went.
/// </summary>
public sealed class LogTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Nik = "6101015708900041";

    [Fact]
    public async Task Every_entry_of_a_request_carries_its_request_id_and_no_personal_data()
    {
        var logs = new CapturedLogs();
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Debug)));
        var client = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);

        Assert.Empty((await client.SendAsync(Roster.AddPerson, Roster.Person(nik: Nik, position: "ketua_rt"))).ErrorCodes("addPerson"));
        Assert.NotEmpty((await client.SendAsync(Roster.AddPerson, Roster.Person(nik: Nik, position: "ketua_rt"))).ErrorCodes("addPerson"));
        await client.SendAsync("""query($nik: String!) { people(where: { nik: { eq: $nik } }) { nodes { nik } } }""", new { nik = Nik });
        await client.SendAsync("""query { people(where: { nik: { eq: "6101015708900041" } }) { nodes { nik nope } } }""");

        var requests = logs.Entries.Where(e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.Message.Contains("/graphql")).ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, e => Assert.Contains("RequestId=", e.Scopes));
        Assert.All(requests, e => Assert.Contains("TraceId=", e.Scopes));
        Assert.True(logs.Entries.Count > requests.Count, "the database and GraphQL log too");
        Assert.DoesNotContain(logs.Entries, e => e.ToString().Contains(Nik, StringComparison.Ordinal));
    }
}
