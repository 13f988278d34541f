using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>A version an import writes: new (a new entry or a draft of an official one), or a draft edited in place.</summary>
internal sealed record ImportedVersion(Person Version, bool EditedInPlace, RosterImportRow Row);

/// <summary>
/// One audit entry for an applied import in place of one per row (and one more per enrollment): the file, the counts
/// and, per changed row, the version written, its entry, the kind of change, the NIK masked as the audit masks it,
/// the name, and for a change every changed field from what to what (personal values masked). A new version's values
/// are in its row, which only an audited edit changes later; an edited draft's old values are here.
/// </summary>
internal static class RosterImportAudit
{
    public static AuditEntry Summary(ICurrentUser user, string villageCode, ImportedFile file, RosterImportReport report,
        IReadOnlyList<ImportedVersion> changes)
    {
        var details = file.Details();
        details["rows"] = report.Rows.Count;
        foreach (var kind in report.Rows.GroupBy(r => r.Kind)) details[kind.Key.ToLowerInvariant()] = kind.Count();
        details["entries"] = changes.Select(Entry).ToList();
        return AuditRecorder.Summary(MembershipDbContext.SchemaName, user, "RosterImport", file.Name, villageCode, "Imported", details);
    }

    private static Dictionary<string, object?> Entry(ImportedVersion change)
    {
        var entry = new Dictionary<string, object?>
        {
            ["Id"] = change.Version.Id,
            ["EntryId"] = change.Version.EntryId,
            ["Kind"] = change.Row.Kind,
            ["Nik"] = Masked("nik", change.Version.Nik),
            ["FullName"] = change.Version.FullName,
        };
        if (change.Row.Kind != nameof(ChangeKind.Added).ToUpperInvariant())
            entry["Fields"] = change.Row.Fields.ToDictionary(f => f.Field, f => new[] { Masked(f.Field, f.Before), Masked(f.Field, f.After) });
        return entry;
    }

    private static string? Masked(string field, string? value) =>
        value is not null && PersonalFields.MarkOf(field) is { } kind ? SensitiveFields.Masked(kind, value) : value;
}
