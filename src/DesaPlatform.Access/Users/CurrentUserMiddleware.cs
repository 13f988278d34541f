using DesaPlatform.Access.Persistence;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.Users;

/// <summary>
/// Fills the request's <see cref="CurrentUser"/> from the account behind the cookie or token, looked up by its key on
/// every request: a disabled or deleted account, or a token issued before the account's security stamp changed
/// (password reset, new role or scope, disabling), is treated as anonymous at once.
/// </summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(
        HttpContext http, CurrentUser currentUser, AccessDbContext db, AccessSettings settings, IOptions<IdentityOptions> identity)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (http.User.Identity?.IsAuthenticated == true
            && http.User.FindFirst(claims.UserIdClaimType)?.Value is { } userId
            && http.User.FindFirst(claims.SecurityStampClaimType)?.Value is { } stamp)
        {
            var account = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.UserName, u.Role, u.RegionCode, u.SecurityStamp, u.IsDisabled, u.MustChangePassword, u.TwoFactorEnabled })
                .FirstOrDefaultAsync(http.RequestAborted);
            if (account is { IsDisabled: false, UserName: { } userName } && account.SecurityStamp == stamp)
            {
                var pendingSetup = account.MustChangePassword ? AccountSetupStep.ChangePassword
                    : settings.RequiresTwoFactor(account.Role) && !account.TwoFactorEnabled ? AccountSetupStep.EnableTwoFactor
                    : (AccountSetupStep?)null;
                currentUser.SignIn(userName, account.Role, account.RegionCode, pendingSetup);
            }
        }
        await next(http);
    }
}
