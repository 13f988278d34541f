using System.Linq.Expressions;
using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQLParser.AST;

namespace DesaPlatform.Membership.GraphQL;

/// <summary>
/// Reads for a page of people only the columns behind the <see cref="PersonType"/> fields a query selects (under
/// <c>nodes</c> or <c>edges { node }</c>), and the whole entity as soon as it selects a field computed from more
/// (<c>warnings</c>, <c>history</c>, <c>nikConflicts</c>). The people left out are never saved: lists read untracked.
/// </summary>
internal static class PersonProjection
{
    private static readonly Dictionary<string, string[]> ColumnsOf = new()
    {
        ["__typename"] = [],
        ["id"] = [],
        ["villageCode"] = [],
        ["village"] = [],
        ["entryId"] = [nameof(Person.EntryId)],
        ["fullName"] = [nameof(Person.FullName)],
        ["nik"] = [nameof(Person.Nik)],
        ["sex"] = [nameof(Person.Sex)],
        ["birthDate"] = [nameof(Person.BirthDate)],
        ["phone"] = [nameof(Person.Phone)],
        ["position"] = [nameof(Person.PositionCode)],
        ["termStart"] = [nameof(Person.TermStart)],
        ["termEnd"] = [nameof(Person.TermEnd)],
        ["skNumber"] = [nameof(Person.SkNumber)],
        ["skDate"] = [nameof(Person.SkDate)],
        ["appointment"] = [nameof(Person.Appointment)],
        ["nikNote"] = [nameof(Person.NikNote)],
        ["status"] = [nameof(Person.Status)],
        ["approvedAt"] = [nameof(Person.ApprovedAt)],
        ["reviewComment"] = [nameof(Person.ReviewComment)],
        ["submissionId"] = [nameof(Person.SubmissionId)],
        ["covered"] = [nameof(Person.TermStart), nameof(Person.TermEnd), nameof(Person.CoveredFrom)],
        ["enrollment"] = [nameof(Person.Enrollment)],
    };

    /// <summary>The rows of <paramref name="people"/> with only the columns the connection field's selection needs.</summary>
    public static IQueryable<Person> Selected(IQueryable<Person> people, IResolveFieldContext connection)
    {
        var columns = new HashSet<string> { nameof(Person.Id), nameof(Person.RegionCode) };
        foreach (var field in NodeFields(connection))
        {
            if (!ColumnsOf.TryGetValue(field.Name.StringValue, out var needed)) return people;
            columns.UnionWith(needed);
        }
        var row = Expression.Parameter(typeof(Person), "p");
        var bindings = columns.Select(name => typeof(Person).GetProperty(name)!)
            .Select(property => Expression.Bind(property, Expression.Property(row, property)));
        return people.Select(Expression.Lambda<Func<Person, Person>>(Expression.MemberInit(Expression.New(typeof(Person)), bindings), row));
    }

    private static IEnumerable<GraphQLField> NodeFields(IResolveFieldContext connection)
    {
        var document = connection.Document;
        var selected = SelectedFields.In(document, connection.FieldAst.SelectionSet!, []).ToList();
        var nodes = selected.Where(f => f.Name.StringValue == "nodes")
            .Concat(selected.Where(f => f.Name.StringValue == "edges")
                .SelectMany(edges => SelectedFields.In(document, edges.SelectionSet!, []))
                .Where(f => f.Name.StringValue == "node"));
        return nodes.SelectMany(node => SelectedFields.In(document, node.SelectionSet!, []));
    }
}
