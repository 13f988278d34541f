namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>What someone does to a submission; <see cref="ApprovalStep"/> says what each may do and when.</summary>
public enum ApprovalAction
{
    Submit,
    Approve,
    Return,
    Withdraw,
    Reopen,
}
