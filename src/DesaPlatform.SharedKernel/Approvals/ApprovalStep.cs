using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// One step of the approval workflow, the same for every kind of submission: the status it starts from (none for
/// submitting), the status it leads to, which party takes it, and whether it needs a reason (then the words asking
/// for one). The table below is the whole state machine.
/// </summary>
public sealed record ApprovalStep(ApprovalAction Action, SubmissionStatus? From, SubmissionStatus To, ApprovalParty By, string? ReasonRequired)
{
    public static IReadOnlyList<ApprovalStep> All { get; } =
    [
        new(ApprovalAction.Submit, null, SubmissionStatus.Submitted, ApprovalParty.Submitter, null),
        new(ApprovalAction.Approve, SubmissionStatus.Submitted, SubmissionStatus.Approved, ApprovalParty.Reviewer, null),
        new(ApprovalAction.Return, SubmissionStatus.Submitted, SubmissionStatus.Returned, ApprovalParty.Reviewer, "Alasan pengembalian wajib diisi."),
        new(ApprovalAction.Withdraw, SubmissionStatus.Submitted, SubmissionStatus.Withdrawn, ApprovalParty.Submitter, null),
        new(ApprovalAction.Reopen, SubmissionStatus.Approved, SubmissionStatus.Reopened, ApprovalParty.Reviewer, "Alasan membuka kembali wajib diisi."),
    ];

    public static ApprovalStep Of(ApprovalAction action) => All.Single(s => s.Action == action);

    /// <summary>The refusal of the reason given: missing where the step needs one, or too long; else null.</summary>
    public UserError? RefuseReason(string? reason) => ReasonRequired is not null && string.IsNullOrWhiteSpace(reason)
        ? new UserError("REASON_REQUIRED", ReasonRequired, "reason")
        : ReasonLength.Check(reason, "reason");

    /// <summary>The refusal of taking this step from <paramref name="status"/>; null when the step starts there.</summary>
    public UserError? RefuseFrom(SubmissionStatus status) => status == From ? null : From switch
    {
        SubmissionStatus.Approved => new UserError("NOT_APPROVED", "Hanya pengajuan yang sudah disetujui yang dapat dibuka kembali.", "submissionId"),
        _ => new UserError("ALREADY_REVIEWED", "Pengajuan ini sudah diputuskan.", "submissionId"),
    };

    /// <summary>
    /// Four eyes: whoever imported a submission on the submitter's behalf may not also approve it — another account of
    /// the regency, or the province, does. Returning it stays open to them (it only sends it back to the draft).
    /// </summary>
    public UserError? RefuseOwnImport(ApprovalSubmission submission, string userName) =>
        Action == ApprovalAction.Approve && submission is IImportedOnBehalf { ImportedBy: { } importer }
            && string.Equals(importer, userName, StringComparison.OrdinalIgnoreCase)
            ? new UserError("SUBMISSION_OWN_IMPORT",
                "Pengajuan ini Anda impor sendiri atas nama desa: persetujuannya harus oleh akun lain (kabupaten atau provinsi).", "submissionId")
            : null;
}
