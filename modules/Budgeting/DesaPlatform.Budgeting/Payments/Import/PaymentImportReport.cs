using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Payments.Import;

/// <summary>
/// What a payment import found: every row with what it would do (ADDED, CHANGED, UNCHANGED) and every problem. Any
/// problem refuses the whole file; when <see cref="Applied"/>, every row was saved. Rows name the person by their
/// roster name, never by NIK or KPJ.
/// </summary>
internal sealed record PaymentImportReport(IReadOnlyList<PaymentImportRow> Rows, IReadOnlyList<PaymentImportProblem> Problems, bool Applied)
{
    public const string Added = "ADDED";
    public const string Changed = "CHANGED";
    public const string Unchanged = "UNCHANGED";

    public bool Refused => Problems.Count > 0;
    public int Count(string kind) => Rows.Count(r => r.Kind == kind);

    public static PaymentImportReport RefusedWith(PaymentImportProblem problem) => new([], [problem], Applied: false);
}

internal sealed record PaymentImportRow(int Line, string FullName, string Period, decimal Amount, string Kind);

/// <summary>A problem on a line (1 = the header; 0 = the whole file), the column's header name when it is about one.</summary>
internal sealed record PaymentImportProblem(int Line, string? Column, string Code, string Message)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;
}
