using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>
/// Which rows a role may write at all (scope then says where): viewers change nothing; a BPJS officer changes only the
/// branch's own rows (<see cref="BpjsBranchDataAttribute"/>) — a village's roster, plans and payments stay theirs.
/// </summary>
public static class Writers
{
    public static bool MayWrite(this ICurrentUser user, Type rowType) => user.Role switch
    {
        UserRole.Viewer => false,
        // Its own changes' audit entries are written with them.
        UserRole.BpjsOfficer => rowType.IsDefined(typeof(BpjsBranchDataAttribute), inherit: false) || rowType == typeof(AuditEntry),
        _ => true,
    };
}

/// <summary>Rows a BPJS branch keeps itself: its participant lists and their reconciliation.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BpjsBranchDataAttribute : Attribute;
