using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Limits;

/// <summary>
/// What a document selects once every fragment is spread where it is used, measured once per fragment (memoised), so
/// fragments that double at each level cost nothing to refuse: the number of fields (the complexity rule expands
/// them), and how often one response name is selected in one selection set (the overlapping-fields rule compares
/// those pairwise: 220 <c>people(first: n)</c> side by side cost half a second of validation).
/// </summary>
internal static class FragmentSpread
{
    public static DocumentRefusal? Check(GraphQLDocument document, int maxFields, int maxSameName)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var measured = new Dictionary<string, Selection>();
        var visiting = new HashSet<string>();
        var mostSameName = 0;
        long fields = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            fields = Selection.Add(fields, Measure(operation.SelectionSet).Fields);
        if (fields > maxFields)
            return new DocumentRefusal("DOCUMENT_TOO_COMPLEX", $"Dokumen memilih lebih dari {maxFields:N0} field setelah fragmennya dibentangkan. " +
                $"The document selects more than {maxFields:N0} fields once its fragments are spread.");
        return mostSameName > maxSameName
            ? new DocumentRefusal("DOCUMENT_TOO_COMPLEX", $"Dokumen memilih satu field lebih dari {maxSameName} kali dalam satu himpunan seleksi. " +
              $"The document selects one field more than {maxSameName} times in one selection set; use fewer, or distinct aliases.")
            : null;

        Selection Measure(GraphQLSelectionSet? set)
        {
            var selection = new Selection();
            if (set is null) return selection;
            foreach (var item in set.Selections)
            {
                switch (item)
                {
                    case GraphQLField field:
                        selection.AddField((field.Alias?.Name ?? field.Name).StringValue, Measure(field.SelectionSet).Fields);
                        break;
                    case GraphQLInlineFragment inline:
                        selection.Merge(Measure(inline.SelectionSet));
                        break;
                    case GraphQLFragmentSpread spread:
                        selection.Merge(MeasureFragment(spread.FragmentName.Name.StringValue));
                        break;
                }
            }
            mostSameName = Math.Max(mostSameName, selection.MostSameName);
            return selection;
        }

        Selection MeasureFragment(string name)
        {
            if (measured.TryGetValue(name, out var known)) return known;
            // An unknown or cyclic fragment is the validation rules' to name; here it adds nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return new Selection();
            var selection = Measure(fragment.SelectionSet);
            visiting.Remove(name);
            measured[name] = selection;
            return selection;
        }
    }

    /// <summary>The fields below a selection set, and how often each response name is selected directly in it.</summary>
    private sealed class Selection
    {
        private const long Saturated = long.MaxValue / 4;
        private readonly Dictionary<string, long> _names = [];

        public long Fields { get; private set; }

        public int MostSameName => _names.Count == 0 ? 0 : (int)Math.Min(int.MaxValue, _names.Values.Max());

        public void AddField(string responseName, long fieldsBelow)
        {
            Fields = Add(Fields, Add(1, fieldsBelow));
            _names[responseName] = Add(_names.GetValueOrDefault(responseName), 1);
        }

        public void Merge(Selection other)
        {
            Fields = Add(Fields, other.Fields);
            foreach (var (name, count) in other._names) _names[name] = Add(_names.GetValueOrDefault(name), count);
        }

        public static long Add(long a, long b) => Math.Min(Saturated, a + b);
    }
}
