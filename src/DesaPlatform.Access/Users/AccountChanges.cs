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
}
