namespace DesaPlatform.Host.Startup;

/// <summary>
/// Refuses a request whose query string carries the NUL character, naming the parameter: no code, region or date has
/// one, PostgreSQL cannot take it, and an export would otherwise start its download and then break off.
/// </summary>
internal static class NulParameterGuard
{
    public static void UseNulParameterGuard(this WebApplication app) => app.Use(async (http, next) =>
    {
        var refused = http.Request.Query.FirstOrDefault(p => p.Value.Any(v => v?.Contains('\0') == true) || p.Key.Contains('\0'));
        if (refused.Key is null)
        {
            await next(http);
            return;
        }
        var name = refused.Key.Replace("\0", "\\0");
        await Results.Problem(statusCode: StatusCodes.Status400BadRequest,
            title: $"Parameter '{name}' berisi karakter NUL (U+0000). Parameter '{name}' contains the NUL character (U+0000).").ExecuteAsync(http);
    });
}
