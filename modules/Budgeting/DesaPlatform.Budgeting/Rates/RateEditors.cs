using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Rates;

/// <summary>
/// Who maintains the rate table: the province admin (DPMPD), as issue 12 says. Rates are national, not a region's rows,
/// so any province admin edits the one table, wherever their scope — a deployment serves one province; the audit trail
/// keeps who changed what.
/// </summary>
internal static class RateEditors
{
    public static readonly UserRole[] Roles = [UserRole.ProvinceAdmin];
}
