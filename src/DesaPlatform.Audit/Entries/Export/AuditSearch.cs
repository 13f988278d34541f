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

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, RegionTime zone)
    {
        if (Text(User) is { } user) entries = entries.Where(e => e.UserName.ToLower().Contains(user));
        if (!string.IsNullOrWhiteSpace(Module)) entries = entries.Where(e => e.Module == Module.Trim());
        if (Text(Entity) is { } entity) entries = entries.Where(e => e.Entity.ToLower().Contains(entity));
        if (!string.IsNullOrWhiteSpace(EntityId)) entries = entries.Where(e => e.EntityId == EntityId.Trim());
        if (Text(Action) is { } action) entries = entries.Where(e => e.Action.ToLower().Contains(action));
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

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
