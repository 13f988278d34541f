using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Http;

namespace DesaPlatform.Access.Users;

/// <summary>Fills the request's <see cref="CurrentUser"/> from the authenticated principal's claims.</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, CurrentUser currentUser)
    {
        var principal = http.User;
        if (principal.Identity?.IsAuthenticated == true
            && Enum.TryParse<UserRole>(principal.FindFirst(DesaClaimTypes.Role)?.Value, out var role)
            && principal.FindFirst(DesaClaimTypes.RegionCode)?.Value is { } regionCode
            && principal.Identity.Name is { } userName)
        {
            currentUser.SignIn(userName, role, regionCode);
        }
        return next(http);
    }
}
