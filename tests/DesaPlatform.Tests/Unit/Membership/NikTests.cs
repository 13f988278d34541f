using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Tests.Unit.Membership;

public sealed class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("6101011708900001", "1990-08-17")]
    [InlineData("6101015708900003", "1990-08-17")]
    [InlineData("6101012902000001", "2000-02-29")]
    [InlineData("6101010101300001", "1930-01-01")]
    public void A_valid_nik_yields_its_birth_date_with_day_plus_40_for_women(string nik, string birthDate)
    {
        Assert.Null(Nik.Problem(nik, Today));
        Assert.Equal(DateOnly.Parse(birthDate), Nik.BirthDate(nik, Today));
    }

    [Theory]
    [InlineData("610101170890000")]
    [InlineData("61010117089000012")]
    [InlineData("61010117089O0001")]
    [InlineData("6101013208900001")]
    [InlineData("6101017208900001")]
    [InlineData("6101011713900001")]
    [InlineData("6101012902010001")]
    public void An_invalid_nik_is_refused(string nik) => Assert.NotNull(Nik.Problem(nik, Today));

    [Fact]
    public void The_district_code_is_the_first_six_digits() => Assert.Equal("61.01.01", Nik.DistrictCode("6101011708900001"));
}
