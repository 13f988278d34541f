using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// EF Core's retrying execution strategy for PostgreSQL: a statement, a save or a use case's whole transaction that
/// fails for a transient reason (the server restarting, a dropped connection, a deadlock) runs again, up to
/// <see cref="MaxRetries"/> times over about <see cref="MaxDelay"/> each. A use case that runs its own transaction runs
/// it inside <c>CreateExecutionStrategy().ExecuteAsync</c>, written so that running it again is safe (it re-reads
/// what it decides on). A bulk import that cannot start over suspends the retries (<see cref="Suspended"/>): a failure
/// refuses the file whole, and the user sends it again.
/// </summary>
public sealed class DatabaseRetry(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    public const int MaxRetries = 6;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(3);

    private static readonly AsyncLocal<bool> IsSuspended = new();

    public override bool RetriesOnFailure => !IsSuspended.Value && base.RetriesOnFailure;

    /// <summary>Runs <paramref name="work"/> once, in a transaction of its own, without retries.</summary>
    public static Task Suspended(Func<Task> work) => Suspended(async () =>
    {
        await work();
        return true;
    });

    /// <inheritdoc cref="Suspended(Func{Task})"/>
    public static async Task<T> Suspended<T>(Func<Task<T>> work)
    {
        IsSuspended.Value = true;
        try
        {
            return await work();
        }
        finally
        {
            IsSuspended.Value = false;
        }
    }
}
