using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.SignIn;

/// <summary>
/// <c>POST /auth/refresh</c> with <c>{ "refreshToken": … }</c> gives an API client a new bearer token (and refresh
/// token) while its account's security stamp is the one it signed in with; <c>POST /auth/logout</c> ends the session.
/// </summary>
internal static class SessionEndpoints
{
    public sealed record RefreshRequest(string? RefreshToken);

    public static void MapSessions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/refresh", async (RefreshRequest request, SignInManager<DesaUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, IClock clock) =>
        {
            var ticket = string.IsNullOrEmpty(request.RefreshToken)
                ? null
                : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || clock.UtcNow >= expires.UtcDateTime
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || !await signIn.CanSignInAsync(user))
                return Results.Problem(title: "Sesi sudah berakhir; silakan masuk lagi.", statusCode: StatusCodes.Status401Unauthorized);
            // The bearer handler writes the new tokens, as at sign-in.
            return Results.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
        });

        app.MapPost("/auth/logout", async (SignInManager<DesaUser> signIn, ICurrentUser caller) =>
        {
            await signIn.SignOutAsync();
            // A bearer token cannot be taken back from its holder. A new security stamp makes CurrentUserMiddleware
            // refuse every token and cookie issued before it, and the refresh tokens too: signing out ends every
            // session of the account, on every device.
            if (caller is { IsAuthenticated: true, UserName: { } userName } && await signIn.UserManager.FindByNameAsync(userName) is { } user)
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            return Results.NoContent();
        });
    }
}
