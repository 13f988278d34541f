using DesaPlatform.Access.Account;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Access.SignIn;

/// <summary>
/// <c>POST /auth/login</c>: a bearer token for API clients (with a refresh token, see <see cref="SessionEndpoints"/>), or
/// with <c>?useCookies=true</c> a cookie for the portal.
/// A wrong user name, a wrong password, a locked-out and a disabled account all get the same 401. An account with
/// two-factor sign-in also needs <c>twoFactorCode</c> (the authenticator's 6 digits); without it, or with a wrong one,
/// the 401 says <c>detail: "RequiresTwoFactor"</c>. There is no self-registration.
/// </summary>
internal static class SignInEndpoints
{
    private const string RequiresTwoFactor = "RequiresTwoFactor";

    public sealed record LoginRequest(string? UserName, string? Password, string? TwoFactorCode);

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", async (LoginRequest request, bool? useCookies, SignInManager<DesaUser> signIn, IClock clock) =>
        {
            signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            // A NUL is in no user name or password, and PostgreSQL cannot even look one up: a failed sign-in like any other.
            var result = request is { UserName: { Length: > 0 } userName, Password: { Length: > 0 } password }
                         && !userName.Contains('\0') && !password.Contains('\0')
                ? await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true)
                : Microsoft.AspNetCore.Identity.SignInResult.Failed;
            var needsCode = result.RequiresTwoFactor;
            if (needsCode && TwoFactorCode.Normalize(request.TwoFactorCode) is { } code)
                result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);

            if (result.Succeeded)
            {
                if (await signIn.UserManager.FindByNameAsync(request.UserName!) is { } user)
                {
                    // Best effort: losing a race with an administrator's change only loses this timestamp.
                    user.SignedIn(clock.UtcNow);
                    await signIn.UserManager.UpdateAsync(user);
                }
                // The sign-in has already written the response: the token JSON, or the cookie.
                return Results.Empty;
            }
            return needsCode && !result.IsLockedOut
                ? Results.Problem(title: "Masukkan kode verifikasi dua langkah dari aplikasi autentikator.", detail: RequiresTwoFactor,
                    statusCode: StatusCodes.Status401Unauthorized)
                : Results.Problem(title: "Nama pengguna atau kata sandi salah.", statusCode: StatusCodes.Status401Unauthorized);
        });
    }
}
