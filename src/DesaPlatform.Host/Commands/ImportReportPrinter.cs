using DesaPlatform.Regions.Contracts;

namespace DesaPlatform.Host.Commands;

internal static class ImportReportPrinter
{
    private const int ShownPerKind = 20;

    public static void Print(RegionImportReport report, TextWriter output)
    {
        if (report.Refused)
        {
            output.WriteLine($"Refused: {report.Problems.Count} problem(s); nothing was applied.");
            foreach (var problem in report.Problems)
                output.WriteLine($"  line {problem.Line}{(problem.Column is null ? "" : $", {problem.Column}")}: {problem.MessageEn}");
            return;
        }
        output.WriteLine($"{report.Rows} rows: {report.Unchanged} unchanged, {report.Count("added")} added, {report.Count("renamed")} renamed, "
                         + $"{report.Count("reclassified")} reclassified, {report.Count("retired")} retired, {report.Count("restored")} restored.");
        foreach (var group in report.Changes.GroupBy(c => c.Kind))
        {
            foreach (var change in group.Take(ShownPerKind))
                output.WriteLine($"  {change.Kind,-12} {change.Code,-14} {change.Name}{Detail(change)}");
            if (group.Count() > ShownPerKind) output.WriteLine($"  ... and {group.Count() - ShownPerKind} more {group.Key}");
        }
        output.WriteLine(report.Applied ? "Applied." : "Dry run: nothing was applied.");
    }

    private static string Detail(RegionImportChange change) =>
        change.Kind is "renamed" or "reclassified" ? $"  ({change.OldValue} -> {change.NewValue})" : "";
}
