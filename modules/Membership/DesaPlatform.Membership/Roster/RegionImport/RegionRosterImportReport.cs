using DesaPlatform.Membership.Roster.Import;

namespace DesaPlatform.Membership.Roster.RegionImport;

/// <summary>One village's share of a regency's or province's file: what its rows would add, change or end.</summary>
internal sealed record VillageImportReport(string VillageCode, string VillageName, RosterImportReport Report);

/// <summary>
/// A regency's or province's file: per village, and every problem of the file in line order (each naming its village
/// where it has one); <see cref="Submissions"/> is how many villages' submissions it sent when applied.
/// </summary>
internal sealed record RegionRosterImportReport(
    IReadOnlyList<VillageImportReport> Villages, IReadOnlyList<RosterImportProblem> Problems, bool Applied, int Submissions)
{
    public bool Refused => Problems.Count > 0;

    public int WarningCount => Villages.Sum(v => v.Report.Warnings.Count);

    public IEnumerable<RosterImportWarning> Warnings => Villages.SelectMany(v => v.Report.Warnings);

    public IEnumerable<RosterImportRow> Changes =>
        Villages.SelectMany(v => v.Report.Rows).Where(r => r.Kind != ImportRosterHandler.Unchanged);

    public int Count(string kind) => Villages.Sum(v => v.Report.Count(kind));
}
