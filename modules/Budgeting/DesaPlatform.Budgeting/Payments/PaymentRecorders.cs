using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Payments;

/// <summary>Who records premium payments, one by one or from a sheet: the village and those who review it; never a reader.</summary>
internal static class PaymentRecorders
{
    public static readonly UserRole[] Roles = [UserRole.VillageOperator, UserRole.RegencyStaff, UserRole.ProvinceAdmin];
}
