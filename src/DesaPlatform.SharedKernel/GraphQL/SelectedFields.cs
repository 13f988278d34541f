using GraphQLParser;
using GraphQLParser.AST;

namespace DesaPlatform.SharedKernel.GraphQL;

public static class SelectedFields
{
    /// <summary>The fields of a selection set, fragments spread in (each fragment once along a path, so cycles end).</summary>
    public static IEnumerable<GraphQLField> In(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string> fragments)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in In(document, inline.SelectionSet, fragments)) yield return field;
                    break;
                case GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    foreach (var field in In(document, fragment.SelectionSet, fragments)) yield return field;
                    fragments.Remove(spread.FragmentName.Name.StringValue);
                    break;
            }
        }
    }
}
