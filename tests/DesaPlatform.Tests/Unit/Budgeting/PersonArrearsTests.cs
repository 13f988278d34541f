using DesaPlatform.Budgeting.Arrears;

namespace DesaPlatform.Tests.Unit.Budgeting;

/// <summary>Arrears = due − paid per month; at risk only past the months the rule allows, counted back from the last month.</summary>
public sealed class PersonArrearsTests
{
    private static readonly DateOnly January = new(2026, 1, 1);

    private static PersonArrears With(params decimal[] paid) =>
        new(Guid.NewGuid(), "61.01.01.2001", "Siti Aminah", "kepala_dusun", January.AddMonths(paid.Length - 1),
            paid.Select((p, i) => new MonthArrears(January.AddMonths(i), 10_920m, p)).ToList(), MonthsAllowed: 3);

    [Fact]
    public void Exactly_the_months_allowed_unpaid_is_not_yet_at_risk_one_more_is()
    {
        Assert.False(With(10_920, 0, 0, 0).AtRisk);
        Assert.True(With(0, 0, 0, 0).AtRisk);
    }

    [Fact]
    public void A_partly_paid_month_is_unpaid_and_owes_the_rest_an_overpaid_one_owes_nothing()
    {
        var person = With(20_000, 5_000, 10_920);

        Assert.Equal((1, 5_920m, 0), (person.MonthsOwed, person.Owed, person.ConsecutiveUnpaid));
    }

    [Fact]
    public void Only_the_run_up_to_the_last_month_counts_toward_risk()
    {
        var person = With(0, 0, 0, 0, 0, 10_920);

        Assert.Equal((5, 0, false), (person.MonthsOwed, person.ConsecutiveUnpaid, person.AtRisk));
    }
}
