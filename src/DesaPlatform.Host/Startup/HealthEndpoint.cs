using DesaPlatform.Access;

namespace DesaPlatform.Host.Startup;

internal static class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 when the database answers, 503 when it does not.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (IServiceProvider services, CancellationToken cancellationToken) =>
            await AccessModule.DatabaseAnswersAsync(services, cancellationToken)
                ? Results.Text("ok")
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
}
