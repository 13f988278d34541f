using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Reconciliation;

/// <summary>Who uploads a branch's participant list, and who reads the reconciliation (each within their scope).</summary>
internal static class ReconciliationRoles
{
    public static readonly UserRole[] Uploaders = [UserRole.BpjsOfficer, UserRole.ProvinceAdmin];

    /// <summary>The branch, and those who keep or review rosters; a viewer reads figures, not who BPJS knows.</summary>
    public static readonly UserRole[] Readers = [UserRole.BpjsOfficer, UserRole.ProvinceAdmin, UserRole.RegencyStaff, UserRole.VillageOperator];

    /// <summary>NIK and KPJ whole: the branch (its own list) and those who keep or review the rosters; masked to everyone else.</summary>
    public static bool MayReadIdentifiers(this ICurrentUser user) => user.MayReadNik() || user.Role == UserRole.BpjsOfficer;
}
