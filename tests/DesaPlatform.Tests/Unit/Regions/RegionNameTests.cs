using DesaPlatform.Regions.Domain;

namespace DesaPlatform.Tests.Unit.Regions;

public sealed class RegionNameTests
{
    [Theory]
    [InlineData("Regapu’u", "regapu'u")]
    [InlineData("DÉSA Ñusa", "desa nusa")]
    [InlineData("Sungai Kumpai", "sungai kumpai")]
    public void Names_are_searched_without_case_accents_or_curly_apostrophes(string name, string folded) =>
        Assert.Equal(folded, RegionName.ForSearch(name));
}
