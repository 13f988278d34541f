namespace DesaPlatform.Budgeting.Contracts;

/// <summary>
/// What a group's premium is computed on: the PP 11/2019 siltap minimum of each position, the regency's own amounts
/// (one for the group, some positions apart), or an income the member declares (BPU; the policy gives the amount to plan with).
/// </summary>
public enum WageBaseRule
{
    SiltapMinimum,
    RegencyAmount,
    DeclaredIncome,
}
