using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>The steps of a page of submissions in one query.</summary>
internal sealed class SubmissionEventLoader(MembershipDbContext db)
{
    private readonly BatchLoader<Guid, List<SubmissionEvent>> _loader = new(async (ids, ct) =>
        (await db.SubmissionEvents.AsNoTracking().Where(e => ids.Contains(e.SubmissionId)).ToListAsync(ct))
        .GroupBy(e => e.SubmissionId)
        .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ToList()));

    public IDataLoaderResult<List<SubmissionEvent>?> Load(Guid submissionId) => _loader.Load(submissionId);
}
