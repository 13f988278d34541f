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
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        _ => false,
    };
}
