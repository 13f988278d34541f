using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users.Disable;

/// <summary>Switches an account off: it cannot sign in, and its sessions end at once.</summary>
internal sealed class DisableUserHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public Task<Payload<DesaUser>> HandleAsync(string userName, CancellationToken cancellationToken) =>
        users.ChangeManageableAsync(policy, userName, user => user.Disable(), cancellationToken);
}
