using GraphQL.DataLoader;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>
/// A request-scoped batch loader: fields ask for keys one by one, the executor resolves them together after the
/// current level, and one set-based fetch answers them all (no N+1).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue?> _loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key)) _pending.Add(key);
        return new Pending(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await fetch(keys, cancellationToken);
            foreach (var k in keys) _loaded[k] = found.GetValueOrDefault(k);
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
