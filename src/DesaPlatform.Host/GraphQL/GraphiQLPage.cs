using DesaPlatform.Host.Portal;
using DesaPlatform.SharedKernel.Access;
using Microsoft.Net.Http.Headers;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// GraphiQL for a browser that opens <c>/graphql</c>: the page the portal's build made (<c>graphiql.html</c>, its own
/// chunks) for a signed-in user, who then explores the API with the same session cookie; the portal's sign-in page
/// for anyone else.
/// </summary>
internal static class GraphiQLPage
{
    public const string FileName = "graphiql.html";

    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static async Task ServeAsync(HttpContext http)
    {
        if (!http.RequestServices.GetRequiredService<ICurrentUser>().IsAuthenticated)
        {
            http.Response.Redirect("/");
            return;
        }
        var page = http.RequestServices.GetRequiredService<PortalFolder>().Files?.GetFileInfo(FileName);
        if (page is not { Exists: true })
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("GraphiQL is part of the portal: build it with `npm run build` in web/.");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        await http.Response.SendFileAsync(page);
    }
}
