using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Policies;
using DesaPlatform.Budgeting.SampleData;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Policies;

/// <summary>The seam for budget plans: a village and a month give its regency's policy, with each position's group and wage base.</summary>
public sealed class PoliciesInForceTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task A_village_in_a_month_gets_its_regencys_policy_with_each_positions_wage_base()
    {
        var staff = await app.SignInAsync("dpmd.sambas");
        var groups = Groups();
        groups[1] = Group("PERANGKAT", wageRule: "REGENCY_AMOUNT", wageAmount: 2_100_000m,
            positionWages: new[] { new { positionCode = "sekretaris_desa", amount = 2_300_000m } });
        Assert.Empty((await staff.SendAsync(Set, Of("61.01", 2026, groups))).ErrorCodes("setFundingPolicy"));

        using var scope = app.Services.CreateScope();
        var policies = scope.ServiceProvider.GetRequiredService<IFundingPolicies>();
        var catalog = (await scope.ServiceProvider.GetRequiredService<IPositionCatalog>().AllAsync(CancellationToken.None)).ToDictionary(p => p.Code);
        var terms = await policies.InForceAsync(Roster.DalamKaum, new DateOnly(2026, 5, 1), CancellationToken.None);
        Assert.NotNull(terms);
        Assert.Equal(("61.01", 2026), (terms.RegencyCode, terms.Year));
        Assert.Null(await policies.InForceAsync(Roster.DalamKaum, new DateOnly(2025, 12, 1), CancellationToken.None));
        Assert.Null(await policies.InForceAsync(Roster.Sengkubang, new DateOnly(2026, 5, 1), CancellationToken.None));

        decimal WageBase(string position) => terms.For(catalog[position]).WageBaseOf(catalog[position]);
        Assert.Equal(2_426_640m, WageBase("kepala_desa"));
        Assert.Equal(2_300_000m, WageBase("sekretaris_desa"));
        Assert.Equal(2_100_000m, WageBase("kepala_dusun"));
        Assert.Equal(1_000_000m, WageBase("bpd_anggota"));
        var bpd = terms.For(catalog["bpd_ketua"]);
        Assert.Equal((PositionGroup.Bpd, Scheme.Bpu), (bpd.Group, bpd.Scheme));
        Assert.Equal([new PayerShare(SocialSecurityProgram.Jkk, Payer.ApbdKabupaten, 100)], bpd.SharesOf(SocialSecurityProgram.Jkk));
        Assert.Contains("61.01", (await policies.ForYearAsync(2026, CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task Every_catalog_position_falls_in_a_group_and_the_kepala_desa_alone_in_theirs()
    {
        using var scope = app.Services.CreateScope();
        var catalog = await scope.ServiceProvider.GetRequiredService<IPositionCatalog>().AllAsync(CancellationToken.None);
        var groups = catalog.GroupBy(PositionGroups.Of).ToDictionary(g => g.Key, g => g.Select(p => p.Code).ToList());
        Assert.Equal(PositionGroups.All, groups.Keys.Order());
        Assert.Equal(["kepala_desa"], groups[PositionGroup.KepalaDesa]);
        Assert.Contains("sekretaris_desa", groups[PositionGroup.Perangkat]);
        Assert.All(groups[PositionGroup.Bpd], code => Assert.StartsWith("bpd_", code));
    }

    [Fact]
    public async Task The_demos_sample_policy_passes_the_rules()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var rules = scope.ServiceProvider.GetRequiredService<FundingPolicyRules>();
        var values = new FundingPolicyInputValues("[Contoh] Perbup", new DateOnly(2026, 1, 5), null, false, null, SampleFundingPolicies.Groups());
        Assert.Empty(await rules.CheckAsync("61.01", values, CancellationToken.None));
    }
}
