namespace DesaPlatform.SharedKernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
