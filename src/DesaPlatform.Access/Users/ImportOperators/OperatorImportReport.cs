using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Users.ImportOperators;

/// <summary>
/// What an operator import found: every account row with its line, and every problem. Any problem refuses the whole
/// file; when <see cref="Applied"/>, every row was created and carries its one-time password.
/// </summary>
internal sealed record OperatorImportReport(IReadOnlyList<OperatorImportRow> Rows, IReadOnlyList<OperatorImportProblem> Problems, bool Applied)
{
    public bool Refused => Problems.Count > 0;
    public int Created => Applied ? Rows.Count : 0;
}

internal sealed record OperatorImportRow(int Line, string UserName, string FullName, string VillageCode, string Contact)
{
    public string? InitialPassword { get; init; }
}

/// <summary>A problem on a line (1 = the header; 0 = the whole file), when it is about one a column, and the values it names.</summary>
internal sealed record OperatorImportProblem(int Line, string? Column, string Code, string Message)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;
}
