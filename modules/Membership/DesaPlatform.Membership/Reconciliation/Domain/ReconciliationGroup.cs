namespace DesaPlatform.Membership.Reconciliation.Domain;

/// <summary>Where a person or a participant stands when the roster is read against the BPJS list.</summary>
internal enum ReconciliationGroup
{
    /// <summary>In office, declared covered, protected at BPJS: active with at least JKK and JKM.</summary>
    Consistent,

    /// <summary>Declared covered in the roster, but not protected at BPJS: non-active, active without JKK and JKM, or not in its list at all.</summary>
    DeclaredNotActive,

    /// <summary>
    /// Protected at BPJS (active with at least JKK and JKM), but not covered in the roster: the village can take the BPJS
    /// status into its draft, and is then covered.
    /// </summary>
    ActiveNotDeclared,

    /// <summary>
    /// In office, not covered in the roster, and in the BPJS list but not protected there — non-active (a lapsed
    /// membership, for the village to have reactivated) or active without JKK and JKM (programmes to add): taking that
    /// status into the roster would not cover the person.
    /// </summary>
    NotActiveNotDeclared,

    /// <summary>
    /// In the BPJS list, matching no one in office in any roster of the region (a former official is marked as such, see
    /// <see cref="ReconciliationRow.FormerVillageCode"/>): for the branch to follow up.
    /// </summary>
    Unmatched,
}
