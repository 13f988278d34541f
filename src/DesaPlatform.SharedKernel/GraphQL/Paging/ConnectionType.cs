using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace DesaPlatform.SharedKernel.GraphQL.Paging;

/// <summary>A HotChocolate-style connection: <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
public abstract class ConnectionType<TNode> : ObjectGraphType<Connection<TNode>>
{
    protected ConnectionType(string listName, string nodeTypeName)
    {
        Name = listName + "Connection";
        var edge = new ObjectGraphType<Edge> { Name = listName + "Edge" };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        edge.Field("node", new NonNullGraphType(new GraphQLTypeReference(nodeTypeName))).Resolve(ctx => ctx.Source.Node);

        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Resolve(ctx => ctx.Source.Nodes.Select((node, i) => new Edge(ctx.Source.CursorAt(i), node)));
        Field("nodes", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeTypeName))))
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo
        {
            HasNextPage = ctx.Source.HasNextPage,
            HasPreviousPage = ctx.Source.Offset > 0,
            StartCursor = ctx.Source.Nodes.Count > 0 ? ctx.Source.CursorAt(0) : null,
            EndCursor = ctx.Source.Nodes.Count > 0 ? ctx.Source.CursorAt(ctx.Source.Nodes.Count - 1) : null,
        });
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Every item of the list under its filter; counted only when asked for.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }

    private sealed record Edge(string Cursor, TNode? Node);
}
