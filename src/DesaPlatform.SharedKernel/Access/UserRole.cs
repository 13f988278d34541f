namespace DesaPlatform.SharedKernel.Access;

public enum UserRole
{
    ProvinceAdmin,
    RegencyStaff,
    VillageOperator,
    Viewer,
}
