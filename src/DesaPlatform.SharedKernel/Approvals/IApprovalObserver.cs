namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// Told of every decision on a submission of any kind once it is saved: another module keeping a figure made of what
/// the submission carries (Budgeting's arrears of a roster) knows to count it again, without the kind knowing of it.
/// </summary>
public interface IApprovalObserver
{
    /// <param name="submissions">Decided alike at once: one, or a bulk approval's batch.</param>
    Task DecidedAsync(IReadOnlyList<ApprovalSubmission> submissions, ApprovalAction action, CancellationToken cancellationToken);
}
