using System.Net;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Operations;

/// <summary>Prometheus scrapes the host's request metrics at <c>/metrics</c>: routes and timings, no personal data.</summary>
public sealed class MetricsTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Requests_are_counted_and_timed_by_route_for_Prometheus()
    {
        var client = await app.SignInAsync("op.dalamkaum");
        await client.SendAsync("{ people(where: { nik: { eq: \"6101011708900001\" } }) { totalCount } }");

        string metrics = "";
        // The exporter collects on its own schedule; a scrape shortly after the request shows it.
        for (var attempt = 0; attempt < 20 && !metrics.Contains("http_route=\"/graphql\""); attempt++)
        {
            var response = await app.CreateClient().GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            metrics = await response.Content.ReadAsStringAsync();
            if (!metrics.Contains("http_route=\"/graphql\"")) await Task.Delay(250);
        }
        Assert.Contains("http_server_request_duration_seconds", metrics);
        Assert.Contains("http_route=\"/graphql\"", metrics);
        Assert.DoesNotContain("6101011708900001", metrics);
    }
}
