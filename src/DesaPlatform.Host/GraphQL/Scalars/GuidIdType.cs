using GraphQL.Types;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>
/// The built-in <c>ID</c>, whose values in this API are GUIDs: an input that is not one is refused where it is read,
/// naming the argument, instead of failing inside a resolver.
/// </summary>
internal sealed class GuidIdType : IdGraphType
{
    public GuidIdType() => Name = "ID";

    public override object? ParseLiteral(GraphQLValue value) => AsGuid(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => AsGuid(base.ParseValue(value));

    private static object? AsGuid(object? parsed) => parsed switch
    {
        null => null,
        Guid guid => guid,
        var other when Guid.TryParse(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture), out var guid) => guid,
        var other => throw new InputRefusedException(
            $"'{other}' bukan id (GUID, mis. 3f2504e0-4f89-11d3-9a0c-0305e82c3301). '{other}' is not an id of this API (a GUID)."),
    };
}
