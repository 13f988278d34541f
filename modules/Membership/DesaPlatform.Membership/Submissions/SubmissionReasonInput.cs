namespace DesaPlatform.Membership.Submissions;

/// <summary>Return (per-entry comments optional) and reopen: which submission and why.</summary>
internal sealed record SubmissionReasonInput(Guid SubmissionId, string Reason, List<ItemCommentInput>? Comments = null);

internal sealed record ItemCommentInput(Guid PersonId, string Comment);
