using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL.Filtering;

/// <summary><c>{ eq, neq, in }</c> for one enum, named after it (<c>RegionLevelOperationFilterInput</c>).</summary>
public sealed class EnumOperationFilterInputType<TEnumGraph> : InputObjectGraphType
    where TEnumGraph : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        Name = new TEnumGraph().Name + "OperationFilterInput";
        Field<TEnumGraph>("eq");
        Field<TEnumGraph>("neq");
        Field<ListGraphType<NonNullGraphType<TEnumGraph>>>("in");
    }
}
