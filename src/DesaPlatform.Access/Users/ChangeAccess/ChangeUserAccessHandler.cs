using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users.ChangeAccess;

internal sealed record ChangeUserAccessInput(string UserName, UserRole Role, string RegionCode);

/// <summary>Gives an account another role or region, both within what the caller may give; its sessions end at once.</summary>
internal sealed class ChangeUserAccessHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public async Task<Payload<DesaUser>> HandleAsync(ChangeUserAccessInput input, CancellationToken cancellationToken)
    {
        var (user, refused) = await policy.FindManageableAsync(input.UserName, cancellationToken);
        if (user is null) return Payload<DesaUser>.Failure(refused!);
        if (await policy.CheckGrantAsync(input.Role, input.RegionCode, cancellationToken) is { } notAllowed)
            return Payload<DesaUser>.Failure(notAllowed);
        user.ChangeAccess(input.Role, input.RegionCode);
        return await users.SaveAndEndSessionsAsync(user, user);
    }
}
