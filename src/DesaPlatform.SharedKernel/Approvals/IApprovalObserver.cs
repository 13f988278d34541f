namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// Told of every decision on a submission of any kind once it is saved: another module keeping a figure made of what
/// the submission carries (Budgeting's arrears of a roster) knows to count it again, without the kind knowing of it.
/// </summary>
public interface IApprovalObserver
{
    Task DecidedAsync(ApprovalSubmission submission, ApprovalAction action, CancellationToken cancellationToken);
}
