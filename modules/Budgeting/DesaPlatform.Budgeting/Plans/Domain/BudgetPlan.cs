using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>
/// A region's budget plan for a fiscal year, one revision of it: a village's APBDes or a regency's own APBD (by the
/// length of <see cref="RegionCode"/>, see <c>PlanLevel</c>); revision 0 the budget, each later one its
/// Perubahan. It keeps what it was computed from — the roster snapshot, the rates — and the lines computed and the lines
/// as the operator adjusted them. Approved, it is frozen: a revised budget is a new revision.
/// </summary>
internal sealed class BudgetPlan : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required int Revision { get; init; }
    public DateOnly RosterAsOf { get; private set; }
    public DateTime ComputedAt { get; private set; }
    public string ComputedBy { get; private set; } = "";
    public IReadOnlyList<PlanLine> Computed { get; private set; } = [];
    public IReadOnlyList<PlanLine> Lines { get; private set; } = [];
    public IReadOnlyList<PlannedMember> Members { get; private set; } = [];
    public IReadOnlyList<PlanRate> Rates { get; private set; } = [];

    /// <summary>When the reviewer approved this revision; null until then (and again after a reopening).</summary>
    public DateTime? ApprovedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsApproved => ApprovedAt is not null;

    public decimal Total => Lines.Sum(l => l.Total);

    public void Take(PlanBasis computed, string by, DateTime at)
    {
        RosterAsOf = computed.RosterAsOf;
        Computed = computed.Lines;
        Lines = computed.Lines;
        Members = computed.Members;
        Rates = computed.Rates;
        ComputedBy = by;
        ComputedAt = at;
        Version++;
    }

    public void Adjust(IReadOnlyList<PlanLine> lines)
    {
        Lines = lines;
        Version++;
    }

    public void Approve(DateTime at)
    {
        ApprovedAt = at;
        Version++;
    }

    public void Reopen()
    {
        ApprovedAt = null;
        Version++;
    }
}
