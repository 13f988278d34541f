using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// A cell, row or file problem: line 1 is the header, line 0 the whole file; column is the header name; values are
/// what the message names (the cell as written, another line).
/// </summary>
internal sealed record RosterImportProblem(int Line, string? Column, string Code, string Message)
{
    /// <summary>The village the row is for (none for a problem of the whole file or of its village code).</summary>
    public string? VillageCode { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;
}

/// <summary>What one row does: the entry it adds or changes, or nothing (UNCHANGED).</summary>
internal sealed record RosterImportRow(
    int Line, string VillageCode, string Kind, string Nik, string FullName, string PositionCode, IReadOnlyList<FieldChange> Fields);

internal sealed record RosterImportReport(
    IReadOnlyList<RosterImportRow> Rows, IReadOnlyList<RosterImportProblem> Problems, IReadOnlyList<RosterImportWarning> Warnings,
    bool Applied)
{
    public bool Refused => Problems.Count > 0;

    public int Count(string kind) => Rows.Count(r => r.Kind == kind);

    public static RosterImportReport RefusedWith(IReadOnlyList<RosterImportProblem> problems) => new([], problems, [], false);
}
