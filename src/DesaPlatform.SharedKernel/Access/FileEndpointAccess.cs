using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>
/// The gate of plain HTTP endpoints (file downloads), matching what the GraphQL access rule asks of every field: a
/// signed-in, enabled account that has finished its setup (password changed, two-factor sign-in on when required).
/// Region scope then applies through the module contexts as everywhere else.
/// </summary>
public static class FileEndpointAccess
{
    /// <param name="roles">The roles the download is for, as a GraphQL field's <c>RequireRoles</c>; none: every role.</param>
    public static RouteHandlerBuilder RequireReadyAccount(this RouteHandlerBuilder endpoint, params UserRole[] roles) =>
        endpoint.RequireAuthorization().AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (!user.IsAuthenticated) return Results.Unauthorized();
            if (user.PendingSetup is { } step)
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Account setup required",
                    detail: $"Finish setting up your account first ({step}).");
            if (roles.Length > 0 && (user.Role is not { } role || !roles.Contains(role)))
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not for your role");
            return await next(context);
        });
}
