using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// A save refused by a unique index: two people adding the same thing at once, both having checked that it was not
/// there. The loser hears what the sequential case says (the use case's own error), not a server error.
/// </summary>
public static class UniqueViolation
{
    // SQLite's extended result codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private static readonly int[] SqliteUniqueCodes = [2067, 1555];

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => SqliteUniqueCodes.Contains(sqlite.SqliteExtendedErrorCode),
        _ => false,
    };
}
