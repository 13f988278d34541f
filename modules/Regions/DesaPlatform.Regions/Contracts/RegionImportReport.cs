namespace DesaPlatform.Regions.Contracts;

/// <summary>What an import found: the changes it would make (or made, when <see cref="Applied"/>) and every problem.</summary>
public sealed record RegionImportReport(
    int Rows, int Unchanged, IReadOnlyList<RegionImportChange> Changes, IReadOnlyList<RegionImportProblem> Problems, bool Applied)
{
    public bool Refused => Problems.Count > 0;

    public int Count(RegionChangeKind kind) => Changes.Count(c => c.Kind == kind);
}

public sealed record RegionImportChange(string Code, string Name, RegionChangeKind Kind, string? OldValue, string? NewValue);

/// <summary>A problem on a line (1 = the header; 0 = the whole file), in Bahasa Indonesia and English.</summary>
public sealed record RegionImportProblem(int Line, string? Column, string Code, string Message, string MessageEn);
