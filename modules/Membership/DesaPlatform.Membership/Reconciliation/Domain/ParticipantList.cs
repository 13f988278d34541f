using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Reconciliation.Domain;

/// <summary>
/// One participant list of a BPJS Ketenagakerjaan branch for a region, as of a date, and the reconciliation run on it.
/// The file itself is kept only for a while (<see cref="ReconciliationSettings.FileRetentionDays"/>); its name, hash
/// and date, and the results, stay.
/// </summary>
[BpjsBranchData]
internal sealed class ParticipantList : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required DateOnly AsOf { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public byte[]? File { get; private set; }
    public DateTime? FileDeletedAt { get; private set; }
    public required int Participants { get; init; }
    public required string UploadedBy { get; init; }
    public required DateTime UploadedAt { get; init; }

    public static ParticipantList Of(string regionCode, DateOnly asOf, string fileName, string sha256, byte[] file, int participants, string by, DateTime at) =>
        new()
        {
            RegionCode = regionCode, AsOf = asOf, FileName = fileName, Sha256 = sha256, File = file, Participants = participants,
            UploadedBy = by, UploadedAt = at,
        };

    public void DeleteFile(DateTime at)
    {
        File = null;
        FileDeletedAt = at;
    }
}
