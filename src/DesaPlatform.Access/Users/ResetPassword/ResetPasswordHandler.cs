using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users.ResetPassword;

/// <summary>
/// Gives an account a new one-time password, for a user who forgot theirs: the old password and every session stop
/// working, a lockout is lifted, and the user must choose a new password at the next sign-in.
/// </summary>
internal sealed class ResetPasswordHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public async Task<Payload<IssuedPassword>> HandleAsync(string userName, CancellationToken cancellationToken)
    {
        var (user, refused) = await policy.FindManageableAsync(userName, cancellationToken);
        if (user is null) return Payload<IssuedPassword>.Failure(refused!);
        var password = OneTimePasswords.IssueTo(user);
        return await users.SaveAndEndSessionsAsync(user, new IssuedPassword(user, password));
    }
}
