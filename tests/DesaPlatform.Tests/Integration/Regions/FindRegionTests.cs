using DesaPlatform.Regions.Contracts;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Regions;

/// <summary>A region knows where it sits: its ancestors and the counts beneath it.</summary>
public sealed class FindRegionTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Breadcrumbs_and_counts_describe_where_a_region_sits()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var response = await village.SendAsync("""{ region(code: "61.01.01.2001") { ancestors { code name } } kalbar: region(code: "61") { name } }""");
        Assert.Equal(["61", "61.01", "61.01.01"],
            response.Data.GetProperty("region").GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("kalbar").ValueKind);

        var admin = await app.SignInAsync("admin.kalbar");
        var counts = await admin.SendAsync("""{ region(code: "61") { counts { level kind count } } }""");
        var byKey = counts.Data.GetProperty("region").GetProperty("counts").EnumerateArray()
            .ToDictionary(c => $"{c.GetProperty("level").GetString()}/{c.GetProperty("kind")}", c => c.GetProperty("count").GetInt32());
        Assert.Equal(12, byKey["REGENCY/KABUPATEN"]);
        Assert.Equal(2, byKey["REGENCY/KOTA"]);
        Assert.Equal(174, byKey["DISTRICT/"]);
        Assert.Equal(2_046, byKey["VILLAGE/DESA"]);
        Assert.Equal(99, byKey["VILLAGE/KELURAHAN"]);
    }
}
