using DesaPlatform.Access.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Access.SignIn;

/// <summary>
/// <c>POST /auth/login</c>: a bearer token for API clients, or with <c>?useCookies=true</c> a cookie for the portal.
/// A wrong user name and a wrong password get the same 401. There is no self-registration.
/// </summary>
internal static class SignInEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", async (LoginRequest request, bool? useCookies, SignInManager<DesaUser> signIn) =>
        {
            signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            var result = string.IsNullOrEmpty(request.UserName) || string.IsNullOrEmpty(request.Password)
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
            // On success the sign-in has already written the response: the token JSON, or the cookie.
            return result.Succeeded
                ? Results.Empty
                : Results.Problem(title: "Nama pengguna atau kata sandi salah.", statusCode: StatusCodes.Status401Unauthorized);
        });

        app.MapPost("/auth/logout", async (SignInManager<DesaUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });
    }
}
