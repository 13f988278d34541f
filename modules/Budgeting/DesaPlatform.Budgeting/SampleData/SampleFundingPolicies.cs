using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Demo;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.SampleData;

/// <summary>
/// The demo's sample funding policies, labelled "[Contoh]": every Kalimantan Barat regency, 2026 — kepala desa and
/// perangkat at PU, JKK+JKM on the siltap minimums, paid from the APBDes (ADD); BPD at BPU on Rp1,000,000, paid by the
/// APBD kabupaten/kota; ekosistem desa at BPU, paid by the members. Only into a database without policies.
/// </summary>
internal sealed class SampleFundingPolicies(BudgetingDbContext db, IRegionDirectory regions, DemoSettings demo) : SampleDataInitializer(demo)
{
    private const string Province = "61";
    private const int Year = 2026;
    private const decimal BpuIncome = 1_000_000m;
    private static readonly DateOnly Signed = new(2026, 1, 5);
    private static readonly SocialSecurityProgram[] JkkJkm = [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm];

    protected override Task<bool> HoldsDataAsync(CancellationToken cancellationToken) => db.FundingPolicies.AnyAsync(cancellationToken);

    protected override async Task WriteAsync(CancellationToken cancellationToken)
    {
        foreach (var regency in await regions.ChildrenAsync(Province, cancellationToken))
        {
            db.FundingPolicies.Add(FundingPolicy.From(regency.Code, Year, new FundingPolicyValues(
                $"[Contoh] Peraturan Kepala Daerah {regency.Name} Nomor 1 Tahun {Year}", Signed, null, false,
                "[Contoh] Data sintetis untuk demo, bukan Perbup sebenarnya.", Groups())));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static IReadOnlyList<GroupFunding> Groups() =>
    [
        Group(PositionGroup.KepalaDesa, Scheme.Pu, WageBaseRule.SiltapMinimum, null, Payer.ApbdesAdd),
        Group(PositionGroup.Perangkat, Scheme.Pu, WageBaseRule.SiltapMinimum, null, Payer.ApbdesAdd),
        Group(PositionGroup.Bpd, Scheme.Bpu, WageBaseRule.DeclaredIncome, BpuIncome, Payer.ApbdKabupaten),
        Group(PositionGroup.Ekosistem, Scheme.Bpu, WageBaseRule.DeclaredIncome, BpuIncome, Payer.MemberDeduction),
    ];

    private static GroupFunding Group(PositionGroup group, Scheme scheme, WageBaseRule rule, decimal? amount, Payer payer) =>
        new(group, scheme, JkkJkm, rule, amount, [], JkkJkm.Select(p => new PayerShare(p, payer, 100)).ToList());
}
