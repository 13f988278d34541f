using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// A village's draft roster changes sent to its regency: approved (they become official) or returned with a reason by
/// the regency, or withdrawn by the village while it waits. An approval can be reopened by the regency with a reason.
/// The steps are the general workflow's (<see cref="ApprovalStep"/>); this kind counts the changes it carries.
/// </summary>
internal sealed class Submission : ApprovalSubmission<SubmissionEvent>, IImportedOnBehalf
{
    public required int PeopleCount { get; init; }
    public int AddedCount { get; init; }
    public int ChangedCount { get; init; }
    public int EndedCount { get; init; }

    /// <summary>The regency or province account that imported it on the village's behalf (null: the village sent it).</summary>
    public string? ImportedBy { get; init; }

    /// <summary>The file it was imported from.</summary>
    public string? ImportedFrom { get; init; }

    /// <summary>Rows of the import that take an enrollment or a term away (the import's warnings): worth a closer look.</summary>
    public int WarningCount { get; init; }

    /// <summary>What a bulk approval leaves for a closer look: something is taken away, or someone leaves office.</summary>
    public bool NeedsCloserLook => WarningCount > 0 || EndedCount > 0;

    protected override SubmissionEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason) => new()
    {
        RegionCode = RegionCode,
        SubmissionId = Id,
        Kind = kind,
        At = at,
        By = by,
        // The village's timeline says who sent it on its behalf, and from which file.
        Reason = reason ?? (kind == SubmissionStatus.Submitted && ImportedFrom is { } file ? $"Diimpor atas nama desa dari berkas {file}." : null),
        Changes = PeopleCount,
    };
}
