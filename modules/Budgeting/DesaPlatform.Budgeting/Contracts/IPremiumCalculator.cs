namespace DesaPlatform.Budgeting.Contracts;

public interface IPremiumCalculator
{
    /// <summary>The monthly premium for the programs on <paramref name="on"/>, from the rates in force that day.</summary>
    Task<PremiumQuote> MonthlyPremiumAsync(
        Scheme scheme, IReadOnlyCollection<SocialSecurityProgram> programs, decimal wageBase, DateOnly on,
        CancellationToken cancellationToken);
}
