using DesaPlatform.Host.GraphQL.Scalars;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// The one schema: every module adds its root fields through <see cref="ISchemaContribution"/>, and its fields on
/// other modules' types through <see cref="ISchemaContribution.TypeExtensions"/>.
/// </summary>
internal sealed class DesaSchema : Schema
{
    private readonly ILookup<string, TypeExtension> _extensions;

    public DesaSchema(IServiceProvider services, IEnumerable<ISchemaContribution> contributions) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var contribution in contributions)
        {
            contribution.AddQueries(query);
            contribution.AddMutations(mutation);
            foreach (var type in contribution.SharedTypes) RegisterType(type);
        }
        _extensions = contributions.SelectMany(c => c.TypeExtensions).ToLookup(e => e.TypeName);
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateType));
        RegisterType(new TextType());
        RegisterType(new GuidIdType());
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is not IComplexGraphType type) return;
        foreach (var field in _extensions[type.Name].SelectMany(e => e.Fields)) type.AddField(field);
    }
}
