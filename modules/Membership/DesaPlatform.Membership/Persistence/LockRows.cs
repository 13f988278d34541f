using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DesaPlatform.Membership.Persistence;

/// <summary>
/// Locks held in the caller's transaction until it ends, one <c>roster_locks</c> row per code: a village's (every
/// change of its roster, see <see cref="Roster.RosterLock"/>), a district's (its kept coverage is summed from its
/// villages') and the country's (the kept months are summed level by level). Taken in that order — villages, districts,
/// the country — so that no two transactions wait on each other; each writer then sums rows others committed, never
/// stale ones.
/// </summary>
internal sealed class LockRows(MembershipDbContext db)
{
    public Task TakeAsync(string code, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(TakeSql(), [code], cancellationToken);

    // An upsert, so the first lock of a code needs no row made beforehand; both providers speak ON CONFLICT.
    // Only the model's names go into the text (delimited for the provider: SQLite has no schema); the code is a parameter.
    private string TakeSql()
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(RosterLockRow))!;
        var table = entity.GetTableName()!;
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var (village, changes) = (Column(nameof(RosterLockRow.VillageCode)), Column(nameof(RosterLockRow.Changes)));
        return $"INSERT INTO {sql.DelimitIdentifier(table, entity.GetSchema())} ({village}, {changes}) VALUES ({{0}}, 1) " +
               $"ON CONFLICT ({village}) DO UPDATE SET {changes} = {sql.DelimitIdentifier(table)}.{changes} + 1";
    }
}
