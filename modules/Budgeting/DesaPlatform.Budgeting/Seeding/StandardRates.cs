using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Seeding;

/// <summary>The rates in DOMAIN.md. JKK is the lowest risk class (0.24 %), the one that fits office work in a village.</summary>
internal static class StandardRates
{
    private static readonly DateOnly Pp44 = new(2015, 7, 1);

    public static IEnumerable<PremiumRate> All() =>
    [
        new() { Scheme = Scheme.Pu, Program = SocialSecurityProgram.Jkk, Percent = 0.24m, EffectiveFrom = Pp44, Regulation = "PP 44/2015 (risk class I)" },
        new() { Scheme = Scheme.Pu, Program = SocialSecurityProgram.Jkm, Percent = 0.30m, EffectiveFrom = Pp44, Regulation = "PP 44/2015" },
        new() { Scheme = Scheme.Pu, Program = SocialSecurityProgram.Jht, Percent = 5.7m, EffectiveFrom = Pp44, Regulation = "PP 46/2015 (3.7 employer + 2 worker)" },
        new() { Scheme = Scheme.Pu, Program = SocialSecurityProgram.Jp, Percent = 3m, WageCap = 10_042_300m, EffectiveFrom = new(2024, 3, 1), Regulation = "PP 45/2015, cap from March 2024" },
        new() { Scheme = Scheme.Bpu, Program = SocialSecurityProgram.Jkk, Percent = 1m, MinimumAmount = 10_000m, EffectiveFrom = Pp44, Regulation = "PP 44/2015 (BPU)" },
        new() { Scheme = Scheme.Bpu, Program = SocialSecurityProgram.Jkm, FlatAmount = 6_800m, EffectiveFrom = Pp44, Regulation = "PP 44/2015 (BPU)" },
        new() { Scheme = Scheme.Bpu, Program = SocialSecurityProgram.Jht, Percent = 2m, EffectiveFrom = Pp44, Regulation = "PP 46/2015 (BPU)" },
    ];
}
