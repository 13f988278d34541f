using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Limits;

/// <summary>
/// The number of fields a document selects once every fragment is spread where it is used, computed once per fragment
/// (memoised), so fragments that double at each level are measured in linear time instead of being expanded.
/// </summary>
internal static class FragmentSpread
{
    public static DocumentRefusal? ExpandedFieldCount(GraphQLDocument document, int max)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var sizes = new Dictionary<string, long>();
        var visiting = new HashSet<string>();
        long total = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            total += Size(operation.SelectionSet);
        return total > max
            ? new DocumentRefusal("DOCUMENT_TOO_COMPLEX", $"The document selects more than {max:N0} fields once its fragments are spread.")
            : null;

        long Size(GraphQLSelectionSet? set)
        {
            if (set is null) return 0;
            long size = 0;
            foreach (var selection in set.Selections)
            {
                size = Saturating(size, selection switch
                {
                    GraphQLField field => Saturating(1, Size(field.SelectionSet)),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet),
                    GraphQLFragmentSpread spread => SpreadSize(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }
            return size;
        }

        long SpreadSize(string name)
        {
            if (sizes.TryGetValue(name, out var known)) return known;
            // An unknown or cyclic fragment is the validation rules' to name; here it adds nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0;
            var size = Size(fragment.SelectionSet);
            visiting.Remove(name);
            sizes[name] = size;
            return size;
        }
    }

    private static long Saturating(long a, long b) => a > long.MaxValue / 2 || b > long.MaxValue / 2 ? long.MaxValue / 2 + 1 : a + b;
}
