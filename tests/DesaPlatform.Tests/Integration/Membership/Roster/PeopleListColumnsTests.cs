using System.Text.RegularExpressions;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Tests.Integration.Membership.Roster;

/// <summary>A page of people reads the columns behind the fields asked for; a field computed from more reads the whole row.</summary>
public sealed class PeopleListColumnsTests(DesaApp app) : IClassFixture<DesaApp>
{
    // "people" AS p on SQLite, membership.people AS p on PostgreSQL.
    private static readonly Regex PeopleTable = new(@"\bpeople""? AS ");

    [Fact]
    public async Task A_page_reads_only_the_columns_of_the_fields_asked_for()
    {
        var logs = new CapturedLogs();
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Debug)));
        var client = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var added = await client.SendAsync(Infrastructure.Roster.AddPerson, Infrastructure.Roster.Person(nik: "6101015708900051"));
        Assert.Empty(added.ErrorCodes("addPerson"));

        var (node, sql) = await FirstPersonAsync(client, logs, "... on Person { fullName } status covered enrollment { kpj }");
        Assert.Equal("Siti Aminah", node.GetProperty("fullName").GetString());
        Assert.Equal("DRAFT", node.GetProperty("status").GetString());
        Assert.True(node.GetProperty("covered").GetBoolean());
        Assert.Equal("12345678901", node.GetProperty("enrollment").GetProperty("kpj").GetString());
        Assert.Contains("\"FullName\"", sql);
        Assert.DoesNotContain("\"Phone\"", sql);
        Assert.DoesNotContain("\"SkNumber\"", sql);

        var (_, whole) = await FirstPersonAsync(client, logs, "fullName warnings { code }");
        Assert.Contains("\"Phone\"", whole);
        Assert.Contains("\"SkNumber\"", whole);
    }

    private static async Task<(System.Text.Json.JsonElement Node, string Sql)> FirstPersonAsync(GraphQLClient client, CapturedLogs logs, string fields)
    {
        logs.Entries.Clear();
        var response = await client.SendAsync($$"""
            query { people(where: { villageCode: { eq: "61.01.01.2001" } }, first: 1) { edges { node { {{fields}} } } } }
            """);
        Assert.False(response.HasErrors, response.Body.ToString());
        var page = logs.Entries.Last(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command"
            && PeopleTable.IsMatch(e.Message) && e.Message.Contains("LIMIT", StringComparison.Ordinal));
        return (response.Data.GetProperty("people").GetProperty("edges")[0].GetProperty("node"), page.Message);
    }
}
