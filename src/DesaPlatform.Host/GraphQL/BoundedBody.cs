namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// A request body read whole, but never beyond a limit: a declared length over it is refused before reading, and a
/// body without one is read only up to it — the same under Kestrel and the test server.
/// </summary>
internal static class BoundedBody
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes) return ([], true);
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return ([], true);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }
}
