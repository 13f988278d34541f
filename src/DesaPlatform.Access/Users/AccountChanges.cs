using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users;

internal static class AccountChanges
{
    /// <summary>
    /// Saves what an administrator changed on an account with a new security stamp, so that every cookie and token the
    /// account holds stops working on its next request.
    /// </summary>
    public static async Task<Payload<T>> SaveAndEndSessionsAsync<T>(this UserManager<DesaUser> users, DesaUser user, T result) where T : class
    {
        var saved = await users.UpdateSecurityStampAsync(user);
        return saved.Succeeded ? Payload<T>.Success(result) : Payload<T>.Failure(saved.ToUserErrors());
    }

    /// <summary>Finds an account the caller may manage, changes it and ends its sessions.</summary>
    public static async Task<Payload<DesaUser>> ChangeManageableAsync(this UserManager<DesaUser> users, DelegationPolicy policy,
        string userName, Action<DesaUser> change, CancellationToken cancellationToken)
    {
        var (user, refused) = await policy.FindManageableAsync(userName, cancellationToken);
        if (user is null) return Payload<DesaUser>.Failure(refused!);
        change(user);
        return await users.SaveAndEndSessionsAsync(user, user);
    }
}
