using System.Security.Claims;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.Users;

/// <summary>Puts the user's role and scope into the cookie or bearer token.</summary>
internal sealed class DesaClaimsFactory(UserManager<DesaUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DesaUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DesaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DesaClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(DesaClaimTypes.RegionCode, user.RegionCode));
        return identity;
    }
}
