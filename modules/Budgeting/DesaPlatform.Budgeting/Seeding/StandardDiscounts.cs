using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Seeding;

/// <summary>PP 50/2025: BPU JKK and JKM at half the premium for April–December 2026, outside the transport sector.</summary>
internal static class StandardDiscounts
{
    private const string Note =
        "Di luar sektor transportasi. Tidak berlaku bila iuran dibayar APBN/APBD; untuk APBDes sumber tidak mengatur — ditentukan kebijakan pendanaan.";

    public static IEnumerable<PremiumRateDiscount> All() =>
        new[] { SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm }.Select(program =>
            PremiumRateDiscount.From(Scheme.Bpu, program, 50m, new(2026, 4, 1), new(2026, 12, 31), "PP 50/2025", Note));
}
