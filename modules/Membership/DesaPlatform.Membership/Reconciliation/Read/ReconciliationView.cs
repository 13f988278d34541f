using DesaPlatform.Membership.Reconciliation.Domain;

namespace DesaPlatform.Membership.Reconciliation.Read;

/// <summary>
/// A region as a reconciliation shows it: the runs that cover it, the run asked for (none: each village against its
/// newest list), the lists the view reads and its groups by region (read once, for the region and its children).
/// </summary>
internal sealed record ReconciliationView(string RegionCode, IReadOnlyList<ListInfo> Runs, ListInfo? Run, ListCover Cover,
    IReadOnlyDictionary<string, GroupCounts> CountsByRegion)
{
    public GroupCounts Groups => GroupCounts.Sum(CountsByRegion.Values);
}

/// <summary>A run: its list's date, file (whether it is still kept) and who uploaded it.</summary>
internal sealed record ListInfo(Guid Id, string RegionCode, DateOnly AsOf, string FileName, string Sha256, bool FileKept, int Participants, string UploadedBy, DateTime UploadedAt);

/// <summary>A child region's groups in the chosen run.</summary>
internal sealed record RegionGroups(string RegionCode, string Name, GroupCounts Groups);

/// <summary>A village's groups in one run, for its history.</summary>
internal sealed record RunGroups(ListInfo Run, GroupCounts Groups);

internal sealed record ResultPage(int TotalCount, IReadOnlyList<ReconciliationRow> Nodes);

/// <summary>Someone whose group changed between two runs covering their village.</summary>
internal sealed record GroupMove(string RegionCode, string? Name, string Nik, ReconciliationGroup From, ReconciliationGroup To);

/// <summary>The moves since <paramref name="Since"/>, the run before the view's (null when there is none).</summary>
internal sealed record GroupMoves(ListInfo? Since, int TotalCount, IReadOnlyList<GroupMove> Nodes);
