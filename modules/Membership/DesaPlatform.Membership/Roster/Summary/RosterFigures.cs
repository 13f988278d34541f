using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Membership.Roster.Summary;

/// <summary>A village roster's head counts on one day, and the enrollments that day's premium is paid for.</summary>
internal sealed record RosterFigures(int InOffice, int Covered, int TermEnded, IReadOnlyList<PayableEnrollments> Payable, DateOnly On);

/// <summary>How many active enrollments of people in office share one scheme, program set and wage base (so one premium quote).</summary>
internal sealed record PayableEnrollments(Scheme Scheme, IReadOnlyCollection<SocialSecurityProgram> Programs, decimal WageBase, int Count);

/// <summary>One village's roster as approved, and as the village works on it (drafts and pending changes included).</summary>
internal sealed record VillageRosterSummary(string VillageCode, RosterFigures Official, RosterFigures? Current);
