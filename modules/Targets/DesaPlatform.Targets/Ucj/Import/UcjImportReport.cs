using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Targets.Ucj.Import;

/// <summary>
/// What a UCJ import found: every row with what it would do (ADDED, CHANGED, UNCHANGED) and every problem. Any problem
/// refuses the whole file; when <see cref="Applied"/>, every row was saved.
/// </summary>
internal sealed record UcjImportReport(IReadOnlyList<UcjImportRow> Rows, IReadOnlyList<UcjImportProblem> Problems, bool Applied)
{
    public const string Added = "ADDED";
    public const string Changed = "CHANGED";
    public const string Unchanged = "UNCHANGED";

    public bool Refused => Problems.Count > 0;
    public int Count(string kind) => Rows.Count(r => r.Kind == kind);

    public static UcjImportReport RefusedWith(UcjImportProblem problem) => new([], [problem], Applied: false);
}

internal sealed record UcjImportRow(int Line, string RegionCode, string Period, string Kind);

/// <summary>A problem on a line (1 = the header; 0 = the whole file), the column's header name when it is about one.</summary>
internal sealed record UcjImportProblem(int Line, string? Column, string Code, string Message)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;
}
