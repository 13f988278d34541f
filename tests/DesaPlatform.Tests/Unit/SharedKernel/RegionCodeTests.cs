using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Tests.Unit.SharedKernel;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("61", true)]
    [InlineData("61.01", true)]
    [InlineData("61.01.01.2001", true)]
    [InlineData("61.1", false)]
    [InlineData("61.01.01.200", false)]
    [InlineData("61.01.01.2001.1", false)]
    [InlineData("", false)]
    public void Codes_have_two_two_two_four_digit_segments(string code, bool wellFormed) =>
        Assert.Equal(wellFormed, RegionCode.IsWellFormed(code));

    [Fact]
    public void A_scope_holds_its_region_and_everything_under_it_but_not_a_lookalike()
    {
        var sambas = RegionScope.Under("61.01");
        Assert.True(sambas.Contains("61.01"));
        Assert.True(sambas.Contains("61.01.01.2001"));
        Assert.False(sambas.Contains("61.010"));
        Assert.False(sambas.Contains("61.02.01.2001"));
        Assert.False(sambas.Contains("61"));
        Assert.False(RegionScope.Nothing.Contains("61"));
        Assert.True(RegionScope.Everything.Contains("61"));
    }

    [Fact]
    public void A_scope_reaches_up_to_the_regions_above_its_root_but_never_sideways()
    {
        var village = RegionScope.Under("61.01.01.2001");
        Assert.True(village.ContainsOrAbove("61.01.01.2001"));
        Assert.True(village.ContainsOrAbove("61.01"));
        Assert.True(village.ContainsOrAbove("61"));
        Assert.False(village.ContainsOrAbove("61.02"));
        Assert.False(village.ContainsOrAbove("61.01.01.2002"));
        Assert.False(village.ContainsOrAbove("61.0"));
        Assert.False(village.ContainsOrAbove(null));
        Assert.False(RegionScope.Nothing.ContainsOrAbove("61"));
        Assert.True(RegionScope.Everything.ContainsOrAbove("61"));
    }

    [Fact]
    public void The_country_is_the_root_above_the_provinces_and_its_scope_is_everything()
    {
        Assert.Equal(0, RegionCode.Depth(RegionCode.Country));
        Assert.Equal(1, RegionCode.Depth("61"));
        Assert.Same(RegionScope.Everything, RegionScope.Under(RegionCode.Country));
        Assert.True(RegionScope.Under(RegionCode.Country).Contains("62.01.01.2001"));
        Assert.False(RegionScope.Under("61").Contains(RegionCode.Country));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 5)]
    [InlineData(2, 8)]
    [InlineData(3, 13)]
    public void Child_codes_have_a_fixed_length(int depth, int length) => Assert.Equal(length, RegionCode.ChildCodeLength(depth));
}
