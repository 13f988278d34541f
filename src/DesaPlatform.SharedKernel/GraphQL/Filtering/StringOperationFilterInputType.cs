using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL.Filtering;

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains").Description("Case-insensitive.");
        Field<StringGraphType>("startsWith");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in");
    }
}
