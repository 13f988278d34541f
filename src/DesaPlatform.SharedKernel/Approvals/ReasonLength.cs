using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>The longest reason or comment a reviewer writes, as the columns hold it (checked here, on both databases).</summary>
public static class ReasonLength
{
    public const int Max = 1000;

    public static UserError? Check(string? text, string field) => text?.Trim().Length > Max
        ? new UserError("REASON_TOO_LONG", $"Alasan atau komentar paling banyak {Max} karakter.", field) { Values = MessageValues.Of(("max", Max)) }
        : null;
}
