namespace DesaPlatform.Budgeting.Contracts;

/// <summary>
/// A what-if over the stored funding policies: BPD members under another scheme, the kepala desa with JHT too. A
/// scenario changes the figures it prices, never a stored policy.
/// </summary>
public sealed record PolicySwitches(BpdScheme BpdAs = BpdScheme.Policy, bool JhtForKepalaDesa = false)
{
    public static readonly PolicySwitches None = new();

    /// <summary>The switch set in words, for a figure to name what it was computed under.</summary>
    public string Name => string.Join("; ",
        BpdAs switch
        {
            BpdScheme.Bpu => "BPD sebagai BPU",
            BpdScheme.Pu => "BPD sebagai PU",
            _ => "BPD menurut kebijakan",
        },
        JhtForKepalaDesa ? "JHT untuk kepala desa" : "tanpa JHT tambahan");
}

/// <summary>How BPD members are priced: as each regency's policy says, or all as BPU or as PU.</summary>
public enum BpdScheme
{
    Policy,
    Bpu,
    Pu,
}
