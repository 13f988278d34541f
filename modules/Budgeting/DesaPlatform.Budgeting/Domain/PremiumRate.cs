using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// One version of a program's rate for one scheme: in force from <see cref="EffectiveFrom"/> until the next version
/// starts or until <see cref="EffectiveUntil"/> (its last day), under a regulation. Rates are national reference data.
/// </summary>
internal sealed class PremiumRate
{
    public const int RegulationMaxLength = 100;
    public const int NoteMaxLength = 500;

    public int Id { get; init; }
    public Scheme Scheme { get; private init; }
    public SocialSecurityProgram Program { get; private init; }
    public decimal? Percent { get; private set; }
    public decimal? FlatAmount { get; private set; }
    public decimal? MinimumAmount { get; private set; }
    public decimal? WageCap { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveUntil { get; private set; }
    public string Regulation { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>Published but not yet confirmed (e.g. a BPJS letter seen only in the news): shown as such, computed all the same.</summary>
    public bool ToConfirm { get; private set; }

    /// <summary>Counts the saved changes, so that an edit made on an older reading is refused, not saved over the newer one.</summary>
    public int Version { get; private set; }

    public RateTerms Terms => new(Percent, FlatAmount, MinimumAmount, WageCap);

    public RateSource Source => new(Regulation, Note, ToConfirm);

    public bool InForceBy(DateOnly day) => EffectiveFrom <= day;

    public bool EndedBefore(DateOnly day) => EffectiveUntil < day;

    public decimal MonthlyAmount(decimal wageBase) => Terms.MonthlyAmount(wageBase);

    public static PremiumRate From(Scheme scheme, SocialSecurityProgram program, RateTerms terms, DateOnly effectiveFrom, RateSource source)
    {
        var rate = new PremiumRate { Scheme = scheme, Program = program };
        rate.Set(terms, effectiveFrom, source);
        return rate;
    }

    public void Take(RateTerms terms, DateOnly effectiveFrom, RateSource source)
    {
        if (terms == Terms && effectiveFrom == EffectiveFrom && source == Source) return;
        Set(terms, effectiveFrom, source);
        Version++;
    }

    public void EndOn(DateOnly lastDay)
    {
        if (EffectiveUntil == lastDay) return;
        EffectiveUntil = lastDay;
        Version++;
    }

    private void Set(RateTerms terms, DateOnly effectiveFrom, RateSource source)
    {
        (Percent, FlatAmount, MinimumAmount, WageCap) = (terms.Percent, terms.FlatAmount, terms.MinimumAmount, terms.WageCap);
        EffectiveFrom = effectiveFrom;
        (Regulation, Note, ToConfirm) = (source.Regulation, source.Note, source.ToConfirm);
    }
}

/// <summary>Where a rate comes from: what the rates page shows beside the figures; changing it changes no amount.</summary>
internal sealed record RateSource(string Regulation, string? Note = null, bool ToConfirm = false);
