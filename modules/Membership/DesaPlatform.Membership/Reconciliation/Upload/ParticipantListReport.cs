using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary>
/// What an upload found: how many participants the list holds and, had it been (or when it was) applied, how many fall
/// in each group; every problem by line and column. Any problem refuses the whole file.
/// </summary>
internal sealed record ParticipantListReport(int Participants, IReadOnlyList<ParticipantProblem> Problems, bool Applied, Guid? ListId, GroupCounts Counts)
{
    public bool Refused => Problems.Count > 0;

    public static ParticipantListReport RefusedWith(params IReadOnlyList<ParticipantProblem> problems) => new(0, problems, false, null, GroupCounts.None);
}

/// <summary>A problem on a line (1 = the header; 0 = the whole file), the column's header name when it is about one.</summary>
internal sealed record ParticipantProblem(int Line, string? Column, string Code, string Message)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;
}
