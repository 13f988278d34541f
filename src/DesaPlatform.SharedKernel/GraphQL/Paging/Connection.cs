namespace DesaPlatform.SharedKernel.GraphQL.Paging;

/// <summary>One page of a list, with what a Relay connection needs to describe it.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, int TotalCount, int Offset, bool HasNextPage)
{
    public string CursorAt(int index) => PageRequest.EncodeCursor(Offset + index);
}
