using System.Globalization;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Audit.Entries.Export;

/// <summary>
/// The audit page's search as query parameters: texts match in part without regard to case, module and entity id
/// exactly; <c>from</c> and <c>to</c> are whole days (yyyy-MM-dd) where the reader is, <c>to</c> included.
/// </summary>
internal sealed record AuditSearch(string? User, string? Module, string? Entity, string? EntityId, string? Action, string? From, string? To)
{
    public string? Problem() =>
        Day(From) is null && !string.IsNullOrEmpty(From) ? $"'from' is not a date (yyyy-MM-dd): {From}"
        : Day(To) is null && !string.IsNullOrEmpty(To) ? $"'to' is not a date (yyyy-MM-dd): {To}"
        : null;

    /// <summary>The same filter as the <c>auditTrail</c> list's (<paramref name="shape"/>), plus the days.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, AuditQueryShape shape, RegionTime zone)
    {
        var where = new Dictionary<string, object?>();
        void Match(string field, string operation, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) where[field] = new Dictionary<string, object?> { [operation] = value.Trim() };
        }
        Match("userName", "contains", User);
        Match("module", "eq", Module);
        Match("entity", "contains", Entity);
        Match("entityId", "eq", EntityId);
        Match("action", "contains", Action);
        entries = shape.Filter(entries, where);
        if (Day(From) is { } from)
        {
            var start = zone.StartOfDayUtc(from);
            entries = entries.Where(e => e.At >= start);
        }
        if (Day(To) is { } to)
        {
            var end = zone.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }
        return entries;
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
