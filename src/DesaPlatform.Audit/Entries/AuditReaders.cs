using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Audit.Entries;

/// <summary>Who reads the audit trail (of their own region): province administrators and regency staff.</summary>
internal static class AuditReaders
{
    public static readonly UserRole[] Roles = [UserRole.ProvinceAdmin, UserRole.RegencyStaff];
}
