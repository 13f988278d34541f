using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DesaPlatform.Host.Startup;

/// <summary>
/// What an operator watches at national size, through OpenTelemetry: traces of requests and of their SQL statements
/// (PostgreSQL, through Npgsql's own instrumentation), sent to a collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names
/// one; and metrics of requests and of the database connections, scraped by Prometheus at <c>GET /metrics</c>. Spans
/// and metrics carry routes, status codes and timings, never parameters or personal data.
/// </summary>
internal static class Telemetry
{
    public static void AddDesaTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("DesaPlatform"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddNpgsql();
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation().AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
    }

    public static void MapMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics");
}
