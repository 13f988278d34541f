namespace DesaPlatform.Budgeting.Contracts;

/// <summary>Arrears counted for reports (the ARREARS indicator): one call per region, set-based.</summary>
public interface IArrearsFigures
{
    /// <summary>People with an active enrollment under <paramref name="rootCode"/> and those of them at risk, to the last closed month.</summary>
    Task<ArrearsFigure> CountAsync(string rootCode, CancellationToken cancellationToken);
}

/// <param name="AsOf">The last closed month counted, as its first day.</param>
public sealed record ArrearsFigure(DateOnly AsOf, int Enrolled, int AtRisk);
