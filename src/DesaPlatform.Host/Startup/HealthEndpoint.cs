using DesaPlatform.Access;

namespace DesaPlatform.Host.Startup;

/// <summary>
/// Liveness apart from readiness, as an orchestrator asks: <c>GET /livez</c> is 200 while the process serves requests
/// (restart it if not); <c>GET /readyz</c> — and <c>/healthz</c>, which scripts and the README have always used — is 200
/// when the database answers and 503 when it does not (send no traffic, but do not restart: the database may be
/// restarting).
/// </summary>
internal static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/livez", () => Results.Text("ok"));
        foreach (var path in new[] { "/readyz", "/healthz" })
        {
            app.MapGet(path, async (IServiceProvider services, CancellationToken cancellationToken) =>
                await AccessModule.DatabaseAnswersAsync(services, cancellationToken)
                    ? Results.Text("ok")
                    : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        }
    }
}
