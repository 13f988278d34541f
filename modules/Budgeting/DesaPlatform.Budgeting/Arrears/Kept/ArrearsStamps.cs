using DesaPlatform.Budgeting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DesaPlatform.Budgeting.Arrears.Kept;

/// <summary>
/// Moves the stamps of the villages whose arrears a change touches, once the change is saved (a count read in between
/// read the stamp before the change and is counted again). A stamp is nothing personal and no region's own data: rows
/// outside the caller's scope move too (a rate changes every village's arrears).
/// </summary>
internal sealed class ArrearsStamps(BudgetingDbContext db)
{
    /// <summary>A payment recorded: the village is kept from now on, if it was not already.</summary>
    public Task PaymentsChangedAsync(string villageCode, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(ArrearsStamp))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var region = sql.DelimitIdentifier(entity.FindProperty(nameof(ArrearsStamp.RegionCode))!.GetColumnName());
        var stamp = sql.DelimitIdentifier(entity.FindProperty(nameof(ArrearsStamp.Stamp))!.GetColumnName());
        // Only the model's names go into the text. Two first payments of a village at once both land: one inserts, the other moves the stamp.
        var upsert = $"INSERT INTO {table} AS kept ({region}, {stamp}) VALUES ({{0}}, 1) ON CONFLICT ({region}) DO UPDATE SET {stamp} = kept.{stamp} + 1";
        return db.Database.ExecuteSqlRawAsync(upsert, [villageCode], cancellationToken);
    }

    /// <summary>Roster decisions: each of those villages that is kept.</summary>
    public Task ChangedInAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken) =>
        db.ArrearsStamps.IgnoreQueryFilters().Where(s => villageCodes.Contains(s.RegionCode))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stamp, r => r.Stamp + 1), cancellationToken);

    /// <summary>A funding policy, a rate: every kept village under <paramref name="rootCode"/> ("" for all).</summary>
    public Task ChangedUnderAsync(string rootCode, CancellationToken cancellationToken)
    {
        var under = rootCode + ".";
        return db.ArrearsStamps.IgnoreQueryFilters()
            .Where(s => rootCode == "" || s.RegionCode == rootCode || s.RegionCode.StartsWith(under))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stamp, r => r.Stamp + 1), cancellationToken);
    }
}
