using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Reconciliation.Domain;

/// <summary>
/// One result of a run: a roster person in office (region: their village) or an unmatched participant (region: the
/// list's; a former official marked with the village and the end of their term), with what BPJS says of them. Kept when
/// the file is deleted.
/// </summary>
[BpjsBranchData]
internal sealed class ReconciliationRow : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid ListId { get; init; }
    public required string RegionCode { get; init; }
    public required ReconciliationGroup Group { get; init; }

    [Sensitive(Sensitivity.Nik)]
    public required string Nik { get; init; }

    /// <summary>The roster entry (its <c>EntryId</c>); null for a participant matching no one.</summary>
    public Guid? EntryId { get; init; }
    public string? RosterName { get; init; }
    public string? BpjsName { get; init; }

    /// <summary>The KPJ number exposes the member's balance: personal like the NIK.</summary>
    [Sensitive(Sensitivity.Personal)]
    public string? Kpj { get; init; }

    public Scheme? Segment { get; init; }
    public string? Programs { get; init; }
    public bool? ActiveAtBpjs { get; init; }

    /// <summary>Active at BPJS with the programmes that protect a person (<see cref="Membership.Domain.Protection"/>); null: not in the list.</summary>
    public bool? ProtectedAtBpjs { get; init; }
    public string? LastPaidMonth { get; init; }
    public bool NameMismatch { get; init; }
    public bool BirthDateMismatch { get; init; }

    /// <summary>An unmatched participant whose NIK is a former official of the region: the village of the term that ended last.</summary>
    public string? FormerVillageCode { get; init; }

    /// <summary>The day that term ended (before the list's date).</summary>
    public DateOnly? FormerTermEnd { get; init; }
}
