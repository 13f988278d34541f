using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Budgeting.Premiums;

/// <summary>
/// Budgeting puts its premiums on Membership's types (a type extension): what an enrollment costs, and what an entry
/// is paid today — only an active enrollment of someone in office; the portal no longer decides that itself.
/// </summary>
public sealed class PayablePremiumTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string AddPerson = """
        mutation($input: AddPersonInput!) {
          addPerson(input: $input) {
            person { payablePremium { amount } enrollment { status monthlyPremium { amount } } }
            errors { code field }
          }
        }
        """;

    [Fact]
    public async Task An_active_enrollment_of_someone_in_office_is_paid_for()
    {
        var person = await AddAsync(await app.SignInAsync("op.dalamkaum"), Roster.DalamKaum, "6101015708900011", termEnd: null, "ACTIVE");

        Assert.Equal(10_920m, person.GetProperty("payablePremium").GetProperty("amount").GetDecimal());
        Assert.Equal(10_920m, person.GetProperty("enrollment").GetProperty("monthlyPremium").GetProperty("amount").GetDecimal());
    }

    [Theory]
    [InlineData("6101015708900012", "2025-12-31", "ACTIVE")]
    [InlineData("6101015708900013", null, "INACTIVE")]
    [InlineData("6101015708900014", null, "ENDED")]
    public async Task A_term_over_or_an_enrollment_not_active_is_not_paid_for_though_it_has_a_price(string nik, string? termEnd, string status)
    {
        var person = await AddAsync(await app.SignInAsync("op.lubukdagang"), Roster.LubukDagang, nik, termEnd, status);

        Assert.Equal(JsonValueKind.Null, person.GetProperty("payablePremium").ValueKind);
        Assert.Equal(10_920m, person.GetProperty("enrollment").GetProperty("monthlyPremium").GetProperty("amount").GetDecimal());
    }

    private static async Task<JsonElement> AddAsync(GraphQLClient village, string villageCode, string nik, string? termEnd, string status)
    {
        var input = new
        {
            input = new
            {
                villageCode, fullName = "Siti Aminah", nik, positionCode = "kepala_dusun", termStart = "2024-01-01", termEnd,
                enrollment = new { kpj = "12345678901", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01", status },
            },
        };
        var added = await village.SendAsync(AddPerson, input);
        Assert.Empty(added.ErrorCodes("addPerson"));
        return added.Data.GetProperty("addPerson").GetProperty("person");
    }
}
