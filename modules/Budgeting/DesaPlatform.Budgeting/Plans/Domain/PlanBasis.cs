namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>What a plan revision is computed from and to: the roster day, the lines of its payer, who was planned and the rates used.</summary>
internal sealed record PlanBasis(
    DateOnly RosterAsOf, IReadOnlyList<PlanLine> Lines, IReadOnlyList<PlannedMember> Members, IReadOnlyList<PlanRate> Rates);
