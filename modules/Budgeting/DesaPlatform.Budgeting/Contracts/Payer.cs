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
}
