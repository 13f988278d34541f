using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>
/// One line of a plan in the APBDes structure: under kegiatan <see cref="PlanAccounts.Activity"/>, on an account
/// (rekening), paid by one payer: people × months × monthly premium. A group whose premium changes during the year
/// (the JP cap every March, a discount from April) has a line per monthly premium.
/// </summary>
/// <param name="Note">Why the operator changed the line from what was computed; none on a computed line.</param>
internal sealed record PlanLine(
    string AccountCode, PositionGroup Group, Payer Payer, int People, int Months, decimal MonthlyPremium, string? Note = null)
{
    public decimal Total => People * Months * MonthlyPremium;

    /// <summary>What identifies a line between the computed plan, the adjusted one and the previous version.</summary>
    public (string, PositionGroup, Payer, decimal) Key => (AccountCode, Group, Payer, MonthlyPremium);
}

/// <summary>Someone in the frozen snapshot of the approved roster a plan was computed from.</summary>
internal sealed record PlannedMember(Guid EntryId, string FullName, string PositionCode, PositionGroup Group);

/// <summary>A rate version (and the discount, if any) a plan's premiums came from: a later rate change leaves the plan as it is.</summary>
internal sealed record PlanRate(int RateId, int RateVersion, int? DiscountId)
{
    public static IReadOnlyList<PlanRate> Sorted(IEnumerable<PlanRate> rates) =>
        rates.Distinct().OrderBy(r => r.RateId).ThenBy(r => r.RateVersion).ThenBy(r => r.DiscountId).ToList();
}

/// <summary>The APBDes codes of the village's social security premiums (Permendagri 20/2018 as amended; kegiatan 1.1.03).</summary>
internal static class PlanAccounts
{
    public const string Activity = "1.1.03";
    public const string ActivityName = "Penyediaan Jaminan Sosial bagi Kepala Desa dan Perangkat Desa";
    public const string KepalaDesa = "5.1.3.03";
    public const string Perangkat = "5.1.3.04";

    /// <summary>The account of a group's premiums; BPD's is the regency's own (none for the ekosistem: not a village budget line).</summary>
    public static string? Of(PositionGroup group, FundingTerms terms) => group switch
    {
        PositionGroup.KepalaDesa => KepalaDesa,
        PositionGroup.Perangkat => Perangkat,
        PositionGroup.Bpd => terms.BpdAccountCode,
        _ => null,
    };

    /// <summary>A line's uraian: on an APBD account its name and the group it pays for, on an APBDes account the group's premiums.</summary>
    public static string NameOf(PlanLine line) => ApbdAccounts.NameOf(line.AccountCode) is { } apbd
        ? $"{apbd} — {GroupName(line.Group)}"
        : $"Iuran jaminan sosial ketenagakerjaan {GroupName(line.Group)}";

    private static string GroupName(PositionGroup group) => group switch
    {
        PositionGroup.KepalaDesa => "Kepala Desa",
        PositionGroup.Perangkat => "Perangkat Desa",
        PositionGroup.Bpd => "anggota BPD",
        _ => "ekosistem desa",
    };
}
