using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Membership.Roster.Summary;

/// <summary>A village roster's head counts on one day, and the enrollments that day's premium is paid for.</summary>
internal sealed record RosterFigures(int InOffice, int Covered, int TermEnded, IReadOnlyList<PayableEnrollments> Payable, DateOnly On)
    : IPayableEnrollments;

/// <summary>One village's roster as approved, and as the village works on it (drafts and pending changes included).</summary>
internal sealed record VillageRosterSummary(string VillageCode, RosterFigures Official, RosterFigures? Current);
