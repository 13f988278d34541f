namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>Rows whose changes are kept by a history of their own; the code that writes them records one summary entry.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute(string historyKeptBy) : Attribute
{
    public string HistoryKeptBy { get; } = historyKeptBy;
}
