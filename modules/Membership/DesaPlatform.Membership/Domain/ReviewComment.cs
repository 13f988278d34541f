using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// The reviewer's remark on one entry of a returned submission, kept with the submission: the entry's own copy
/// (<see cref="Person.ReviewComment"/>) goes when the village sends it again, this one stays for the record.
/// </summary>
internal sealed class ReviewComment : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required Guid SubmissionId { get; init; }
    public required Guid EntryId { get; init; }
    public required string FullName { get; init; }
    public required string PositionCode { get; init; }
    public required string Comment { get; init; }
    public required DateTime At { get; init; }
    public required string By { get; init; }
}
