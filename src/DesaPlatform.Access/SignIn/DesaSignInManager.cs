using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.SignIn;

/// <summary>
/// Identity's sign-in, refusing disabled accounts (checked before the password, like Identity's own refusals), and
/// recording what a sign-in saves under the account's own name.
/// </summary>
internal sealed class DesaSignInManager(
    UserManager<DesaUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<DesaUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<DesaUser>> log, IAuthenticationSchemeProvider schemes, IUserConfirmation<DesaUser> confirmation,
    CurrentUser currentUser)
    : SignInManager<DesaUser>(users, http, claims, options, log, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(DesaUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override Task<SignInResult> PasswordSignInAsync(DesaUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (!currentUser.IsAuthenticated) currentUser.SigningIn(user.UserName!, user.Role);
        return base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }
}
