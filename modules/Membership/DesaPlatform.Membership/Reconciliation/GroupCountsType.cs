using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation;

internal sealed class GroupCountsType : ObjectGraphType<GroupCounts>
{
    public GroupCountsType()
    {
        Name = "BpjsReconciliationGroups";
        Field(c => c.Consistent).Description("In office, declared covered, active at BPJS.");
        Field(c => c.DeclaredNotActive).Description("Declared covered, but not active at BPJS (or unknown to it).");
        Field(c => c.ActiveNotDeclared).Description("Active at BPJS, not covered in the roster.");
        Field(c => c.NotActiveNotDeclared).Description("Not covered in the roster, and non-active at BPJS: a lapsed membership.");
        Field(c => c.Unmatched).Description("At BPJS, matching no one in any roster of the region.");
        Field(c => c.Mismatches).Description("Matched by NIK, but the name or birth date differs.");
    }
}
