using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>One entry of a submission against the official version it replaces: what the reviewer decides on.</summary>
internal sealed record RosterChange(ChangeKind Kind, Person After, Person? Before, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The changes a submission carries (or made official), added first, then changed, then ended; by name.</summary>
    public static async Task<List<RosterChange>> OfSubmissionAsync(MembershipDbContext db, Guid submissionId, CancellationToken cancellationToken)
    {
        var versions = await db.People.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId && p.Status != RosterStatus.Draft)
            .ToListAsync(cancellationToken);
        var replaced = await VersionsReplaced.LoadAsync(db, versions, cancellationToken);
        return versions
            .Select(after =>
            {
                var before = replaced.GetValueOrDefault(after.Id);
                return new RosterChange(ChangeKinds.Of(after.Data(), before?.Data()), after, before,
                    FieldChange.Between(before?.Data(), after.Data()));
            })
            .OrderBy(c => c.Kind).ThenBy(c => c.After.FullName).ThenBy(c => c.After.Id)
            .ToList();
    }
}
