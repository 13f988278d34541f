using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL.Filtering;

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType() => Name = "SortEnumType";
}
