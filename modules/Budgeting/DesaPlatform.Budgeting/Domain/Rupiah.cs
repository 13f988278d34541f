namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// How premiums are rounded: each program's monthly premium to the whole rupiah, half away from zero. No BPJS
/// regulation found states the rule (README, "Premium rounding"); this one reproduces every published example.
/// </summary>
internal static class Rupiah
{
    public static decimal Round(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
