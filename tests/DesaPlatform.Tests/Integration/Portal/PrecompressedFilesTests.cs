using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Portal;

/// <summary>The portal's assets go out as the build compressed them (brotli or gzip), to browsers that accept that.</summary>
public sealed class PrecompressedFilesTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Theory]
    [InlineData("gzip, deflate, br", "br", ".br")]
    [InlineData("gzip, deflate", "gzip", ".gz")]
    public async Task An_asset_is_sent_precompressed_with_its_own_content_type(string acceptEncoding, string encoding, string extension)
    {
        var response = await GetScriptAsync(acceptEncoding);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var expected = await File.ReadAllBytesAsync(Path.Combine(app.PortalPath, "assets", "portal.js" + extension));
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_an_accepted_encoding_the_asset_is_sent_as_it_is()
    {
        var response = await GetScriptAsync(null);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(TestPortal.Script, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> GetScriptAsync(string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/assets/portal.js");
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await app.CreateClient().SendAsync(request);
    }
}
