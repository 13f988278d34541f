namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>The two sides of a submission: who sends it (and may take it back), who decides on it.</summary>
public enum ApprovalParty
{
    Submitter,
    Reviewer,
}
