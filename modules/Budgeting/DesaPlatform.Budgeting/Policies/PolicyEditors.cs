using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Policies;

/// <summary>Who sets a regency's funding policy: its own staff, or the province admin for any regency of the province.</summary>
internal static class PolicyEditors
{
    public static readonly UserRole[] Roles = [UserRole.ProvinceAdmin, UserRole.RegencyStaff];
}
