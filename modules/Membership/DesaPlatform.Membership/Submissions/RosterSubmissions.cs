using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>Rosters as a kind of submission: kept in Membership's context, decided holding the village's <see cref="RosterLock"/>.</summary>
internal sealed class RosterSubmissions(MembershipDbContext db, RosterLock rosterLock) : ISubmissionKind<Submission>
{
    public DbContext Db => db;

    public Task<Payload<Submission>> HoldingAsync(string regionCode, Func<Task<Payload<Submission>>> step, CancellationToken cancellationToken) =>
        rosterLock.ChangeAsync(regionCode, step, cancellationToken);
}
