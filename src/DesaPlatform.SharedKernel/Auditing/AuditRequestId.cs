using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.SharedKernel.Auditing;

public static class AuditRequestId
{
    /// <summary>Tags the request's work with its id, so audit entries of one request can be found together.</summary>
    public static void UseAuditRequestId(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.RequestServices.GetRequiredService<CurrentUser>().BelongsToRequest(http.TraceIdentifier);
            await next(http);
        });
}
