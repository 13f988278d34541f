using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.DisableUser;

/// <summary>Switches an account off (it cannot sign in, and its sessions end at once) or on again (lifting a lockout too).</summary>
internal sealed class DisableUserHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public Task<Payload<DesaUser>> DisableAsync(string userName, CancellationToken cancellationToken) =>
        ChangeAsync(userName, user => user.Disable(), cancellationToken);

    public Task<Payload<DesaUser>> EnableAsync(string userName, CancellationToken cancellationToken) =>
        ChangeAsync(userName, user => user.Enable(), cancellationToken);

    private async Task<Payload<DesaUser>> ChangeAsync(string userName, Action<DesaUser> change, CancellationToken cancellationToken)
    {
        var (user, refused) = await policy.FindManageableAsync(userName, cancellationToken);
        if (user is null) return Payload<DesaUser>.Failure(refused!);
        change(user);
        return await users.SaveAndEndSessionsAsync(user, user);
    }
}
