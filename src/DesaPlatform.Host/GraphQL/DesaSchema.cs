using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Host.GraphQL;

/// <summary>The one schema: every module adds its root fields through <see cref="ISchemaContribution"/>.</summary>
internal sealed class DesaSchema : Schema
{
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
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateType));
    }
}
