namespace DesaPlatform.Budgeting.Contracts;

/// <summary>Who pays a premium, as far as the rates care: a discount may reach some payers and not others.</summary>
public enum PayerKind
{
    Apbdes,
    ApbdRegency,
    ApbdProvince,
    Apbn,
    Member,
}
