using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>How a module adds its root fields to the one schema (HotChocolate's type-extension pattern).</summary>
public interface ISchemaContribution
{
    void AddQueries(ObjectGraphType query);

    void AddMutations(ObjectGraphType mutation);

    /// <summary>Graph types that other modules refer to by name only (<c>GraphQLTypeReference</c>).</summary>
    IEnumerable<Type> SharedTypes => [];

    /// <summary>Fields this module adds to other modules' types.</summary>
    IEnumerable<TypeExtension> TypeExtensions => [];
}
