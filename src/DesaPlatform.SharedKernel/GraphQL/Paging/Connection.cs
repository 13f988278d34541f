namespace DesaPlatform.SharedKernel.GraphQL.Paging;

/// <summary>
/// One page of a list, with what a Relay connection needs to describe it. The total is counted only when a client
/// asks for <c>totalCount</c>: over a national table an exact count costs more than the page.
/// </summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, int Offset, bool HasNextPage, Func<CancellationToken, Task<int>> CountAsync)
{
    public string CursorAt(int index) => PageRequest.EncodeCursor(Offset + index);
}
