using System.Text;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.GraphQL.Paging;

/// <summary><c>first</c>/<c>after</c> paging with opaque offset cursors and a hard maximum page size.</summary>
public sealed record PageRequest(int First, int Offset)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;
    private const int MaxOffset = int.MaxValue - MaxSize - 1;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultSize;
        if (first is < 1 or > MaxSize)
            throw new ExecutionError($"Argument 'first' must be between 1 and {MaxSize}.") { Code = "PAGE_SIZE" };
        var after = context.GetArgument<string?>("after");
        return new PageRequest(first, after is null ? 0 : DecodeCursor(after) + 1);
    }

    /// <summary>
    /// The page, read with one row more than asked to know whether another follows; the total is left to be asked for,
    /// and counted by <paramref name="countAsync"/> where the caller keeps a cheaper count than the query's.
    /// </summary>
    public async Task<Connection<T>> ApplyAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken,
        Func<CancellationToken, Task<int>>? countAsync = null)
    {
        var page = await ordered.Skip(Offset).Take(First + 1).ToListAsync(cancellationToken);
        var hasNextPage = page.Count > First;
        if (hasNextPage) page.RemoveAt(First);
        return new Connection<T>(page, Offset, hasNextPage, countAsync ?? (ct => ordered.CountAsync(ct)));
    }

    /// <summary>The page of a list already in memory (composed from several modules), its total known.</summary>
    public Connection<T> ApplyTo<T>(IReadOnlyList<T> all) =>
        new(all.Skip(Offset).Take(First).ToList(), Offset, all.Count > Offset + First, _ => Task.FromResult(all.Count));

    public static string EncodeCursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            // Below int.MaxValue, so that the next offset (this + 1, + a page) is a number too.
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out var offset) && offset is >= 0 and < MaxOffset)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError("Argument 'after' is not a cursor of this list.") { Code = "INVALID_CURSOR" };
    }
}
