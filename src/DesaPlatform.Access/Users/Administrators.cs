using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Access.Users;

/// <summary>Who may use the account fields; what each caller may do to which account is the delegation policy's to say.</summary>
internal static class Administrators
{
    public static readonly UserRole[] Roles = [UserRole.ProvinceAdmin, UserRole.RegencyStaff];
}
