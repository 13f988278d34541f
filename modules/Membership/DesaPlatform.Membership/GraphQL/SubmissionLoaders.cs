using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.GraphQL;

/// <summary>The steps and the review comments of a page of submissions, one query each.</summary>
internal sealed class SubmissionLoaders(MembershipDbContext db)
{
    private readonly BatchLoader<Guid, List<SubmissionEvent>> _events = new(async (ids, ct) =>
        (await db.SubmissionEvents.AsNoTracking().Where(e => ids.Contains(e.SubmissionId)).ToListAsync(ct))
        .GroupBy(e => e.SubmissionId)
        .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ToList()));

    private readonly BatchLoader<Guid, List<ReviewComment>> _comments = new(async (ids, ct) =>
        (await db.ReviewComments.AsNoTracking().Where(c => ids.Contains(c.SubmissionId)).ToListAsync(ct))
        .GroupBy(c => c.SubmissionId)
        .ToDictionary(g => g.Key, g => g.OrderBy(c => c.FullName).ToList()));

    public IDataLoaderResult<List<SubmissionEvent>?> Events(Guid submissionId) => _events.Load(submissionId);

    public IDataLoaderResult<List<ReviewComment>?> Comments(Guid submissionId) => _comments.Load(submissionId);
}
