using DesaPlatform.Regions.Contracts;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Regions;

/// <summary>Export of a sub-tree, as CSV and XLSX.</summary>
public sealed class ExportRegionsTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Export_of_a_subtree_is_the_same_columns_in_csv_and_xlsx()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var csv = await admin.Http.GetStringAsync("/api/regions/export?root=61.01.01");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name,level,parent_code,kind", lines[0]);
        Assert.Equal("61.01.01,Sambas,district,61.01,", lines[1]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("61.01.01", l));

        var xlsx = await admin.Http.GetAsync("/api/regions/export?root=61.01&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        var village = await app.SignInAsync("op.dalamkaum");
        var outside = await village.Http.GetAsync("/api/regions/export?root=61.01");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
        var anonymous = await app.CreateClient().GetAsync("/api/regions/export?root=61");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
