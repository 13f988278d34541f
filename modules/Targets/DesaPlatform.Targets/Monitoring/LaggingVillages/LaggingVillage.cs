using DesaPlatform.Membership.Contracts;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Targets.Book;

namespace DesaPlatform.Targets.Monitoring.LaggingVillages;

internal enum LagKind
{
    /// <summary>No covered person in the segment (Kalbar's "330 desa"), whether or not the desa sent a roster.</summary>
    NoCoverage,

    /// <summary>People in office in the segment, covered below the person-coverage target that applies.</summary>
    BelowTarget,
}

internal enum LagOrder
{
    Code,
    Name,
    Coverage,
    InOffice,
}

/// <param name="LastApprovedAt">When the regency last approved a submission of the desa; null if never.</param>
/// <param name="OpenFindings">Monev findings about the desa that still need work.</param>
internal sealed record LaggingVillage(
    string Code, string Name, string DistrictName, string RegencyName, int InOffice, int Covered, AppliedTarget? Target, DateTime? LastApprovedAt,
    int OpenFindings)
{
    /// <summary>Person coverage in the segment, percent; null with nobody in office.</summary>
    public decimal? CoveragePercent => Percent.Share(Covered, InOffice);
}

/// <param name="Within">A region under the one asked about (a regency or district) to narrow the list to.</param>
internal sealed record LagQuery(string RegionCode, string Segment, LagKind Kind, string? Within, LagOrder Order, bool Descending);

internal static class LagSegment
{
    /// <summary>Why <paramref name="segment"/> cannot be listed (in English, for API clients), or null: one of the reporting segments.</summary>
    public static string? Problem(string segment) =>
        RosterCounts.Segments.Contains(segment) ? null : $"Segment '{segment}' is not one of {string.Join(", ", RosterCounts.Segments)}.";
}
