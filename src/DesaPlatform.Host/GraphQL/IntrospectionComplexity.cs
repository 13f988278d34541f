using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// Lets the standard introspection query through the complexity limit. The limit estimates rows read from the
/// database, multiplying every list by 20: for the introspection query (types × fields × args, each with a type chain
/// seven levels deep) that gives about 826,000, while the answer really is the printed schema, read from memory.
/// What makes introspection expensive is nesting its type lists inside each other (<c>fields { type { fields { … } } }</c>
/// grows with each level), so — as graphql-js does since 16.9 (<c>MaxIntrospectionDepthRule</c>) — a document that asks
/// only for introspection and nests <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less
/// than three deep is exempt; anything else, and any document that also asks for data, keeps the limit. Introspection
/// still needs a sign-in (<see cref="AccessRule"/>).
/// </summary>
internal static class IntrospectionComplexity
{
    private const int MaxTypeListNesting = 3;
    private static readonly HashSet<string> TypeLists = ["fields", "interfaces", "possibleTypes", "inputFields"];

    public static Task ExemptBoundedIntrospection(ComplexityValidationContext complexity)
    {
        if (complexity.Error is not null && IsBoundedIntrospection(complexity.ValidationContext)) complexity.Error = null;
        return Task.CompletedTask;
    }

    private static bool IsBoundedIntrospection(ValidationContext context) =>
        SelectedFields.In(context.Document, context.Operation.SelectionSet, []).All(root =>
            root.Name.StringValue is "__typename"
            || (root.Name.StringValue is "__schema" or "__type" && !TooDeep(context.Document, root.SelectionSet, 0, [])));

    private static bool TooDeep(GraphQLDocument document, GraphQLSelectionSet? selections, int nesting, HashSet<string> fragments) =>
        selections is not null && SelectedFields.In(document, selections, fragments).Any(field =>
        {
            var depth = TypeLists.Contains(field.Name.StringValue) ? nesting + 1 : nesting;
            return depth >= MaxTypeListNesting || TooDeep(document, field.SelectionSet, depth, fragments);
        });
}
