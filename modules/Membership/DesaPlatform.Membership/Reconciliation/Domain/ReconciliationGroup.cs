namespace DesaPlatform.Membership.Reconciliation.Domain;

/// <summary>Where a person or a participant stands when the roster is read against the BPJS list.</summary>
internal enum ReconciliationGroup
{
    /// <summary>In office, declared covered, active at BPJS.</summary>
    Consistent,

    /// <summary>Declared covered in the roster, but not active at BPJS (or not in its list at all).</summary>
    DeclaredNotActive,

    /// <summary>Active at BPJS, but not covered in the roster: the village can take the BPJS status into its draft.</summary>
    ActiveNotDeclared,

    /// <summary>
    /// In office, not covered in the roster, and in the BPJS list as non-active: a lapsed membership, for the village to
    /// have reactivated.
    /// </summary>
    NotActiveNotDeclared,

    /// <summary>
    /// In the BPJS list, matching no one in office in any roster of the region (a former official is marked as such, see
    /// <see cref="ReconciliationRow.FormerVillageCode"/>): for the branch to follow up.
    /// </summary>
    Unmatched,
}
