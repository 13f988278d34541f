using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>
/// Whom a premium discount reaches, as PP 50/2025 reads: not where the state budget (APBN) or a regional budget (APBD)
/// pays; a member paying for themself, yes; a village budget (APBDes) — the sources are silent, so the regency's
/// funding policy decides.
/// </summary>
internal static class DiscountReach
{
    public static bool Reaches(PayerKind payer, bool discountForApbdes) => payer switch
    {
        PayerKind.Member => true,
        PayerKind.Apbdes => discountForApbdes,
        _ => false,
    };
}
