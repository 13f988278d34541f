using DesaPlatform.Access.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.Users;

/// <summary>
/// Who may see, give and manage which accounts — the one place for it, used by every user-management field.
/// Province admins manage every kind of account in their province, regency staff only the village operators of their
/// regency's villages; nobody gives a role or a region wider than their own, and each role sits on its level (province
/// admin on a province, regency staff on a regency, operator on a village, viewers anywhere). Accounts outside the
/// caller's scope, and regions outside it, look exactly like missing ones. The whole country is wider than anyone's
/// scope in the portal: only the platform operator gives it, to a viewer (<c>create national-reader</c>).
/// </summary>
internal sealed class DelegationPolicy(ICurrentUser caller, IRegionDirectory regions, AccessDbContext db, UserManager<DesaUser> users)
{
    private static readonly UserRole[] Everyone = Enum.GetValues<UserRole>();

    /// <summary>The accounts whose region lies in the caller's scope.</summary>
    public IQueryable<DesaUser> VisibleUsers => db.Users.Where(caller.Scope.Predicate<DesaUser>(u => u.RegionCode));

    private IReadOnlyCollection<UserRole> GrantableRoles => caller.Role switch
    {
        UserRole.ProvinceAdmin => Everyone,
        UserRole.RegencyStaff => [UserRole.VillageOperator],
        // The platform operator at the command line (the system user): the national reader, a viewer of the whole country.
        null when caller.Scope.IsEverything => [UserRole.Viewer],
        _ => [],
    };

    /// <summary>Null when the caller may give an account <paramref name="role"/> in <paramref name="regionCode"/>; else why not.</summary>
    public async Task<UserError?> CheckGrantAsync(UserRole role, string regionCode, CancellationToken cancellationToken)
    {
        if (!GrantableRoles.Contains(role))
            return new UserError("ROLE_NOT_ALLOWED", $"Anda tidak boleh memberikan peran {RoleNames.Of(role)}.", "role");
        var region = caller.Scope.Contains(regionCode) ? await regions.FindAsync(regionCode, cancellationToken) : null;
        if (region is null)
            return UserError.UnknownRegion(regionCode, "regionCode");
        if (RoleNames.DepthOf(role) is { } depth && region.Depth != depth)
            return new UserError("ROLE_REGION_MISMATCH",
                $"Akun {RoleNames.Of(role)} harus berwilayah {RoleNames.LevelName(depth)}, bukan {RoleNames.LevelName(region.Depth)}.", "regionCode")
            {
                Values = MessageValues.Of(("role", role)),
            };
        return null;
    }

    /// <summary>The account the caller may manage, tracked for changing; or why not.</summary>
    public async Task<(DesaUser? User, UserError? Error)> FindManageableAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeName(userName.Trim());
        var user = await VisibleUsers.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null) return (null, UserError.NotFound("userName"));
        if (user.UserName == caller.UserName)
            return (null, new UserError("OWN_ACCOUNT", "Akun Anda sendiri diubah lewat pengaturan akun, bukan di sini.", "userName"));
        if (!GrantableRoles.Contains(user.Role))
            return (null, new UserError("ROLE_NOT_ALLOWED", $"Anda tidak boleh mengelola akun {RoleNames.Of(user.Role)}.", "userName"));
        return (user, null);
    }
}
