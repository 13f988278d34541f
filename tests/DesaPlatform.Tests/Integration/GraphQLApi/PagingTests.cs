using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>A page knows whether another follows without counting the list; the total is counted when asked for.</summary>
public sealed class PagingTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Regencies = """
        query($first: Int!, $after: String) {
          regions(first: $first, after: $after, where: { level: { eq: REGENCY } }, order: [{ code: ASC }]) {
            nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task The_last_page_says_so_exactly_at_the_end_of_the_list()
    {
        var client = await app.SignInAsync("admin.kalbar");
        var total = (await client.SendAsync("{ regions(where: { level: { eq: REGENCY } }) { totalCount } }"))
            .Data.GetProperty("regions").GetProperty("totalCount").GetInt32();
        Assert.Equal(14, total);

        var first = (await client.SendAsync(Regencies, new { first = 13 })).Data.GetProperty("regions");
        Assert.Equal(13, first.GetProperty("nodes").GetArrayLength());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var last = (await client.SendAsync(Regencies, new { first = 13, after })).Data.GetProperty("regions");
        Assert.Equal(1, last.GetProperty("nodes").GetArrayLength());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var whole = (await client.SendAsync(Regencies, new { first = 14 })).Data.GetProperty("regions");
        Assert.Equal(14, whole.GetProperty("nodes").GetArrayLength());
        Assert.False(whole.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
