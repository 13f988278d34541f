using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>The checks every roster change starts with: is it a village in the caller's scope, and is its roster waiting?</summary>
internal sealed class Villages(MembershipDbContext db, IRegionDirectory regions)
{
    /// <summary>The village, or null with the error that says it is unknown (out of scope looks the same).</summary>
    public async Task<(RegionSummary? Village, UserError? Error)> FindAsync(string code, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(code, cancellationToken);
        return region is { Depth: 4 }
            ? (region, null)
            : (null, UserError.UnknownRegion(code, "villageCode"));
    }

    /// <summary>The village, if the caller may edit its draft now: in scope and no submission waiting (the lock concerns the whole roster, no one field).</summary>
    public async Task<(RegionSummary? Village, UserError? Error)> FindEditableAsync(string code, CancellationToken cancellationToken)
    {
        var (village, unknown) = await FindAsync(code, cancellationToken);
        if (village is null) return (null, unknown);
        return await AwaitingReviewAsync(code, cancellationToken) is { } locked ? (null, locked) : (village, null);
    }

    /// <summary>The refusal to edit while a submission of the village waits for the regency, else null.</summary>
    public async Task<UserError?> AwaitingReviewAsync(string code, CancellationToken cancellationToken) =>
        await HasWaitingSubmissionAsync(code, cancellationToken)
            ? new UserError("ROSTER_LOCKED", "Daftar desa ini sedang menunggu persetujuan kabupaten; tarik dulu pengajuannya.", null)
            : null;

    /// <summary>A submission waits for the regency: the draft is locked until it is decided or withdrawn.</summary>
    public Task<bool> HasWaitingSubmissionAsync(string code, CancellationToken cancellationToken) =>
        db.Submissions.AnyAsync(s => s.RegionCode == code && s.Status == SubmissionStatus.Submitted, cancellationToken);
}
