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
        var counts = Enum.GetValues<RegionChangeKind>().Select(kind => $"{report.Count(kind)} {Word(kind)}");
        output.WriteLine($"{report.Rows} rows: {report.Unchanged} unchanged, {string.Join(", ", counts)}.");
        foreach (var group in report.Changes.GroupBy(c => c.Kind))
        {
            foreach (var change in group.Take(ShownPerKind))
                output.WriteLine($"  {Word(change.Kind),-12} {change.Code,-14} {change.Name}{Detail(change)}");
            if (group.Count() > ShownPerKind) output.WriteLine($"  ... and {group.Count() - ShownPerKind} more {Word(group.Key)}");
        }
        output.WriteLine(report.Applied ? "Applied." : "Dry run: nothing was applied.");
    }

    private static string Word(RegionChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Detail(RegionImportChange change) =>
        change.Kind is RegionChangeKind.Renamed or RegionChangeKind.Reclassified ? $"  ({change.OldValue} -> {change.NewValue})" : "";
}
