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

    /// <summary>In the BPJS list, matching no one in any roster of the region: for the branch to follow up.</summary>
    Unmatched,
}
