using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// Many rows of one entity type written without change tracking, in the context's transaction, column by column as
/// the model maps them (owned types in the same table included, values through the model's converters): PostgreSQL's
/// binary COPY, elsewhere one prepared INSERT run per row. <see cref="UpsertAsync{T}"/> goes through a staging table so
/// that rows already there are replaced in one set-based statement.
/// </summary>
internal sealed class BulkRows<T>(DbContext db) where T : class
{
    private readonly IEntityType _entity = db.Model.FindEntityType(typeof(T))!;
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly bool _copy = db.Database.IsNpgsql();

    public async Task InsertAsync(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        var columns = Columns();
        await WriteAsync(Table(), columns, rows, cancellationToken);
    }

    /// <summary>Rows whose key is already in the table replace it; the others are added.</summary>
    public async Task UpsertAsync(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var columns = Columns();
        var names = string.Join(", ", columns.Select(c => c.Name));
        var staging = _sql.DelimitIdentifier("staging_" + _entity.GetTableName());
        await ExecuteAsync(_copy
            ? $"CREATE TEMP TABLE {staging} ON COMMIT DROP AS SELECT {names} FROM {Table()} WITH NO DATA"
            : $"CREATE TEMP TABLE {staging} AS SELECT {names} FROM {Table()} WHERE 0", cancellationToken);
        await WriteAsync(staging, columns, rows, cancellationToken);
        var key = string.Join(", ", _entity.FindPrimaryKey()!.Properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName())));
        var updates = string.Join(", ", columns.Where(c => !c.Property.IsPrimaryKey()).Select(c => $"{c.Name} = excluded.{c.Name}"));
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
        await ExecuteAsync($"INSERT INTO {Table()} ({names}) SELECT {names} FROM {staging} WHERE true ON CONFLICT ({key}) DO UPDATE SET {updates}",
            cancellationToken);
        if (!_copy) await ExecuteAsync($"DROP TABLE {staging}", cancellationToken);
    }

    private string Table() => _sql.DelimitIdentifier(_entity.GetTableName()!, _entity.GetSchema());

    /// <summary>The table's columns: the entity's, then those of its owned types; keys the database generates left to it.</summary>
    private List<Column> Columns()
    {
        var table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        var own = _entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid)))
            .Select(p => new Column(_sql.DelimitIdentifier(p.GetColumnName(table)!), p, row => p.GetGetter().GetClrValue(row)));
        var owned = _entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(navigation =>
            navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => new Column(
                _sql.DelimitIdentifier(p.GetColumnName(table)!), p,
                row => navigation.GetGetter().GetClrValue(row) is { } target ? p.GetGetter().GetClrValue(target) : null)));
        return [.. own, .. owned];
    }

    private async Task WriteAsync(string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        var names = string.Join(", ", columns.Select(c => c.Name));
        if (connection is NpgsqlConnection postgres)
        {
            await using var import = await postgres.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    if (column.StoredValue(row) is { } value) await import.WriteAsync(value, cancellationToken);
                    else await import.WriteNullAsync(cancellationToken);
                }
            }
            await import.CompleteAsync(cancellationToken);
            return;
        }

        await using var insert = Command($"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})");
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(insert, "@p" + i, null, nullable: true)).ToArray();
        insert.Parameters.AddRange(parameters);
        await insert.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = columns[i].StoredValue(row) ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                              ?? throw new InvalidOperationException("Bulk writes run in the use case's transaction.");
        return command;
    }

    private sealed record Column(string Name, IProperty Property, Func<object, object?> Value)
    {
        public RelationalTypeMapping Mapping { get; } = (RelationalTypeMapping)Property.GetTypeMapping();

        /// <summary>The value as the column keeps it (an enum as its name, a list as text), as a save would write it.</summary>
        public object? StoredValue(object row) =>
            Value(row) is { } value ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value : null;
    }
}
