using System.Net;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>Queries and mutations run under their own time limits: a long import is not stopped at the queries' limit.</summary>
public sealed class ExecutionTimeoutTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_query_past_its_limit_is_stopped_while_a_mutation_runs_under_its_own()
    {
        using var host = app.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:ExecutionTimeout", "00:00:00"));
        var http = host.CreateClient();

        var query = await new GraphQLClient(http).PostAsync(new { query = "{ me { userName } }" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.Status);
        Assert.Equal("REQUEST_STOPPED", query.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var mutation = await new GraphQLClient(http).PostAsync(new
        {
            query = "mutation { disableUser(input: { userName: \"nobody\" }) { user { userName } } }",
        });
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, mutation.Status);
        Assert.NotEqual("REQUEST_STOPPED", mutation.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
