using DesaPlatform.SharedKernel.GraphQL.Filtering;
using GraphQL.Builders;
using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL.Paging;

public static class ListArguments
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>where</c> and <c>order</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> PagedAndShaped<TSource, TReturn, TNode>(
        this FieldBuilder<TSource, TReturn> field, QueryShape<TNode> shape)
    {
        field
            .Argument<IntGraphType>("first", $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.");
        field.FieldType.Arguments!.Add(new QueryArgument(shape.FilterInput) { Name = "where" });
        field.FieldType.Arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(shape.SortInput))) { Name = "order" });
        return field;
    }
}
