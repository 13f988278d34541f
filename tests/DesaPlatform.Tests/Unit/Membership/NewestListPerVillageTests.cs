using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Tests.Unit.Membership;

/// <summary>
/// How many villages each list speaks for: the newest covering a village, whether of its district, regency or province.
/// Which rows that selects is read against a database (Integration/Membership/Reconciliation/NewestListPerVillageTests).
/// </summary>
public sealed class NewestListPerVillageTests
{
    private static readonly string[] Desa = ["61.01.01.2001", "61.01.01.2002", "61.01.02.2001", "61.01.03.2001", "61.02.01.2001"];

    private static ListInfo List(string region, string asOf) =>
        new(Guid.NewGuid(), region, DateOnly.Parse(asOf), $"{region}-{asOf}.csv", "", true, 10, "bpjs", DateTime.UtcNow);

    private static Task<ListCover> CoverAsync(string region, params ListInfo[] newestFirst) =>
        new NewestListPerVillage(null!, new DesaOnly(Desa)).CoverAsync(region, newestFirst, CancellationToken.None);

    private static List<(string, int)> Shares(ListCover cover) => cover.Shares.Select(s => (s.List.FileName, s.Villages)).ToList();

    [Fact]
    public async Task A_newer_list_below_takes_its_villages_and_a_newer_list_above_leaves_the_older_nothing()
    {
        var cover = await CoverAsync("61.01", List("61.01.01", "2026-12-01"), List("61", "2026-11-15"), List("61.01", "2026-11-01"), List("61.01.02", "2026-10-01"));

        Assert.Equal([("61.01.01-2026-12-01.csv", 2), ("61-2026-11-15.csv", 2)], Shares(cover));
        Assert.Equal((4, 0), (cover.Villages, cover.VillagesWithoutList));
        Assert.Equal(["61.01.01"], cover.Shares[1].Except);
    }

    [Fact]
    public async Task A_list_whose_villages_all_have_newer_lists_speaks_for_none()
    {
        var cover = await CoverAsync("61.01", List("61.01.01", "2026-12-01"), List("61.01.02", "2026-11-30"), List("61.01.03", "2026-11-29"), List("61.01", "2026-11-01"));

        Assert.Equal(["61.01.01-2026-12-01.csv", "61.01.02-2026-11-30.csv", "61.01.03-2026-11-29.csv"], Shares(cover).Select(s => s.Item1));
        Assert.Equal(0, cover.VillagesWithoutList);
    }

    [Fact]
    public async Task Villages_no_list_covers_are_counted()
    {
        var cover = await CoverAsync("61", List("61.01.02", "2026-10-01"));

        Assert.Equal([("61.01.02-2026-10-01.csv", 1)], Shares(cover));
        Assert.Equal((5, 4), (cover.Villages, cover.VillagesWithoutList));
        var none = await CoverAsync("61");
        Assert.Equal((0, 5), (none.Shares.Count, none.VillagesWithoutList));
    }

    /// <summary>Only the desa counts the cover asks for.</summary>
    private sealed class DesaOnly(string[] desa) : IRegionDirectory
    {
        public Task<IReadOnlyDictionary<string, int>> CountDesaAsync(string rootCode, int groupCodeLength, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, int>>(desa.Where(d => rootCode == "" || RegionCode.IsWithin(d, rootCode))
                .GroupBy(d => d[..groupCodeLength]).ToDictionary(g => g.Key, g => g.Count()));

        public Task<RegionSummary?> FindAsync(string code, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<RegionSummary>> ChildrenAsync(string code, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<bool> DistrictExistsAsync(string code, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<DesaEntry>> DesaAsync(string rootCode, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
