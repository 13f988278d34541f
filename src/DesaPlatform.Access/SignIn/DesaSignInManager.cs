using DesaPlatform.Access.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.SignIn;

/// <summary>Identity's sign-in, refusing disabled accounts (checked before the password, like Identity's own refusals).</summary>
internal sealed class DesaSignInManager(
    UserManager<DesaUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<DesaUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<DesaUser>> log, IAuthenticationSchemeProvider schemes, IUserConfirmation<DesaUser> confirmation)
    : SignInManager<DesaUser>(users, http, claims, options, log, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(DesaUser user) => !user.IsDisabled && await base.CanSignInAsync(user);
}
