using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Tests.Unit.SharedKernel.Approvals;

/// <summary>Four eyes: whoever imported a submission on the submitter's behalf may not approve it.</summary>
public sealed class OwnImportTests
{
    private static readonly DateTime Sent = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);

    private sealed class ImportedPlan : ApprovalSubmission<TestPlanEvent>, IImportedOnBehalf
    {
        public string? ImportedBy { get; init; }

        protected override TestPlanEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason) => new()
        {
            RegionCode = RegionCode, SubmissionId = Id, Kind = kind, At = at, By = by, Reason = reason, Lines = 0,
        };
    }

    private static ImportedPlan ImportedBy(string? importer) =>
        new() { RegionCode = TestPlan.Village, SubmittedAt = Sent, SubmittedBy = importer ?? "operator", ImportedBy = importer };

    [Theory]
    [InlineData(ApprovalAction.Approve, "dpmd.sambas", "dpmd.sambas", "SUBMISSION_OWN_IMPORT")]
    [InlineData(ApprovalAction.Approve, "dpmd.sambas", "DPMD.Sambas", "SUBMISSION_OWN_IMPORT")]
    [InlineData(ApprovalAction.Approve, "dpmd.sambas", "dpmd.sambas.dua", null)]
    [InlineData(ApprovalAction.Approve, "admin.kalbar", "dpmd.sambas", null)]
    [InlineData(ApprovalAction.Approve, null, "dpmd.sambas", null)]
    [InlineData(ApprovalAction.Return, "dpmd.sambas", "dpmd.sambas", null)]
    public void Only_the_importer_approving_is_refused(ApprovalAction action, string? importer, string decider, string? refusal) =>
        Assert.Equal(refusal, ApprovalStep.Of(action).RefuseOwnImport(ImportedBy(importer), decider)?.Code);

    [Fact]
    public void A_kind_that_is_never_imported_is_never_refused() =>
        Assert.Null(ApprovalStep.Of(ApprovalAction.Approve).RefuseOwnImport(TestPlan.Sent(Sent, by: "dpmd.sambas"), "dpmd.sambas"));
}
