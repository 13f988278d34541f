using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// Which role is each party, by the level of the region that submits: a region's own staff submit and withdraw, the
/// staff of the level above review. A field gates its step with <c>.RequireRoles(ApprovalRoles.Village.Of(action))</c>;
/// scope does the rest (the reviewer's region contains the submitter's, so a reviewer never decides on their own).
/// </summary>
public sealed record ApprovalRoles(UserRole Submitter, UserRole Reviewer)
{
    /// <summary>A village's submission (its APBDes plan), reviewed by its regency.</summary>
    public static ApprovalRoles Village { get; } = new(UserRole.VillageOperator, UserRole.RegencyStaff);

    /// <summary>
    /// A village's roster, reviewed by its regency; approved or returned by its province too — the second pair of eyes
    /// when the regency imported it (<see cref="ApprovalStep.RefuseOwnImport"/>). Reopening stays the regency's.
    /// </summary>
    public static ApprovalRoles VillageRoster { get; } = Village with { AlsoDeciding = UserRole.ProvinceAdmin };

    /// <summary>A regency's submission (its APBD plan), reviewed by its province.</summary>
    public static ApprovalRoles Regency { get; } = new(UserRole.RegencyStaff, UserRole.ProvinceAdmin);

    /// <summary>The level above the reviewer, who may approve and return as well (not reopen); null where the reviewer alone decides.</summary>
    public UserRole? AlsoDeciding { get; init; }

    public UserRole[] Of(ApprovalAction action) => ApprovalStep.Of(action) switch
    {
        { By: ApprovalParty.Submitter } => [Submitter],
        { Action: ApprovalAction.Approve or ApprovalAction.Return } when AlsoDeciding is { } above => [Reviewer, above],
        _ => [Reviewer],
    };
}
