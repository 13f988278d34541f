using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users.Enable;

/// <summary>Switches an account on again, lifting a lockout too.</summary>
internal sealed class EnableUserHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public Task<Payload<DesaUser>> HandleAsync(string userName, CancellationToken cancellationToken) =>
        users.ChangeManageableAsync(policy, userName, user => user.Enable(), cancellationToken);
}
