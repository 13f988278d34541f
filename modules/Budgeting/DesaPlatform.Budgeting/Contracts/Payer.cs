namespace DesaPlatform.Budgeting.Contracts;

/// <summary>Who pays a part of a premium: the village budget (by its source), the regency's or province's budget, or the member.</summary>
public enum Payer
{
    ApbdesAdd,
    ApbdesDd,
    ApbdesPad,
    ApbdKabupaten,
    ApbdProvinsi,
    MemberDeduction,
}

public static class Payers
{
    public static bool IsVillageBudget(this Payer payer) => payer is Payer.ApbdesAdd or Payer.ApbdesDd or Payer.ApbdesPad;

    /// <summary>The payer as the calculator's discounts see it (<see cref="QuoteRequest"/>).</summary>
    public static PayerKind Kind(this Payer payer) => payer switch
    {
        Payer.ApbdKabupaten => PayerKind.ApbdRegency,
        Payer.ApbdProvinsi => PayerKind.ApbdProvince,
        Payer.MemberDeduction => PayerKind.Member,
        _ => PayerKind.Apbdes,
    };
}
