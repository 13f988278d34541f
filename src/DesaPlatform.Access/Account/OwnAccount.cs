using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account;

/// <summary>The caller's own account, for the fields that change it.</summary>
internal sealed class OwnAccount(ICurrentUser caller, UserManager<DesaUser> users, SignInManager<DesaUser> signIn)
{
    public async Task<DesaUser> LoadAsync() =>
        await users.FindByNameAsync(caller.UserName!) ?? throw new InvalidOperationException("The signed-in account no longer exists.");

    /// <summary>
    /// A new password or two-factor setting renews the security stamp, which ends every session of the account. The
    /// portal's session (a cookie) gets a new cookie in this same answer; API clients sign in again.
    /// </summary>
    public async Task KeepCookieSessionAsync(DesaUser user)
    {
        if ((await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
            await signIn.SignInAsync(user, isPersistent: false);
    }
}
