namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// A submission the level above may send on the submitter's behalf (a regency's import of its villages' rosters): who
/// did, so that the same account cannot also approve it (<see cref="ApprovalStep.RefuseOwnImport"/>).
/// </summary>
public interface IImportedOnBehalf
{
    /// <summary>The account that imported it; null when the submitter sent it themselves.</summary>
    string? ImportedBy { get; }
}
