using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Persistence;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL.Filtering;

/// <summary>
/// What a list may be filtered (<c>where</c>) and sorted (<c>order</c>) by, HotChocolate style, and the translation of
/// those arguments into a LINQ query that the database runs. Declare one per list type as a singleton.
/// </summary>
public abstract class QueryShape<T>
{
    private readonly Dictionary<string, Func<ParameterExpression, object, string, Expression>> _filters = [];
    private readonly Dictionary<string, LambdaExpression> _sorts = [];

    protected QueryShape(string typeName)
    {
        FilterInput = new InputObjectGraphType { Name = typeName + "FilterInput" };
        SortInput = new InputObjectGraphType { Name = typeName + "SortInput" };
    }

    public InputObjectGraphType FilterInput { get; }
    public InputObjectGraphType SortInput { get; }

    protected void FilterString(string name, Expression<Func<T, string?>> property)
    {
        FilterInput.Field<StringOperationFilterInputType>(name);
        _filters[name] = (row, operations, op) => StringCondition(Bind(property, row), op, operations);
    }

    /// <summary>Like <see cref="FilterString"/>, but <c>contains</c> searches a folded copy of the text (accents, case).</summary>
    protected void FilterSearchableString(string name, Expression<Func<T, string?>> property,
        Expression<Func<T, string?>> folded, Func<string, string> fold)
    {
        FilterInput.Field<StringOperationFilterInputType>(name);
        _filters[name] = (row, operations, op) => op == "contains"
            ? Expression.Call(Bind(folded, row), nameof(string.Contains), null, QueryParameter.Of(fold((string)operations)))
            : StringCondition(Bind(property, row), op, operations);
    }

    protected void FilterEnum<TEnum, TEnumGraph>(string name, Expression<Func<T, TEnum>> property)
        where TEnum : struct, Enum
        where TEnumGraph : EnumerationGraphType, new()
    {
        FilterInput.Field<EnumOperationFilterInputType<TEnumGraph>>(name);
        _filters[name] = (row, operations, op) => EnumCondition<TEnum>(Bind(property, row), op, operations);
    }

    protected void Sort<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        SortInput.Field<SortEnumType>(name);
        _sorts[name] = key;
    }

    /// <summary>Applies <c>where</c> and <c>order</c>; <paramref name="defaultOrder"/> also breaks ties so pages are stable.</summary>
    public IQueryable<T> Apply(IQueryable<T> source, IResolveFieldContext context, params Expression<Func<T, object>>[] defaultOrder)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        if (where is not null) source = Filter(source, where);
        IOrderedQueryable<T>? ordered = null;
        foreach (var item in context.GetArgument<List<object?>?>("order") ?? [])
        {
            if (item is not IDictionary<string, object?> fields) continue;
            foreach (var (name, direction) in fields)
            {
                if (direction is not SortDirection dir || !_sorts.TryGetValue(name, out var key)) continue;
                ordered = OrderBy(ordered ?? (IQueryable<T>)source, key, dir, thenBy: ordered is not null);
            }
        }
        foreach (var key in defaultOrder) ordered = ordered is null ? source.OrderBy(key) : ordered.ThenBy(key);
        return ordered ?? source;
    }

    /// <summary>
    /// Applies a <c>where</c> written as the GraphQL input is (<c>{ field: { operation: value } }</c>), for callers
    /// outside GraphQL such as a file export that must find exactly what the list finds.
    /// </summary>
    public IQueryable<T> Filter(IQueryable<T> source, Dictionary<string, object?> where) => source.Where(Predicate(where));

    private Expression<Func<T, bool>> Predicate(Dictionary<string, object?> where)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression body = Expression.Constant(true);
        foreach (var (name, operations) in where)
        {
            if (operations is not IDictionary<string, object?> ops || !_filters.TryGetValue(name, out var filter)) continue;
            foreach (var (op, value) in ops)
            {
                if (value is null) continue;
                body = Expression.AndAlso(body, filter(row, value, op));
            }
        }
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression StringCondition(Expression property, string op, object value)
    {
        var lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        return op switch
        {
            "eq" => Expression.Equal(property, QueryParameter.Of((string)value)),
            "neq" => Expression.NotEqual(property, QueryParameter.Of((string)value)),
            "contains" => Expression.Call(Expression.Call(property, lower), nameof(string.Contains), null,
                QueryParameter.Of(((string)value).ToLowerInvariant())),
            "startsWith" => Expression.Call(property, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
                QueryParameter.Of((string)value)),
            "in" => In(property, ((IEnumerable<object?>)value).Cast<string?>().ToList()),
            _ => throw new ExecutionError($"Unknown filter operation '{op}'."),
        };
    }

    private static Expression EnumCondition<TEnum>(Expression property, string op, object value) where TEnum : struct, Enum =>
        op switch
        {
            "eq" => Expression.Equal(property, QueryParameter.Of((TEnum)value)),
            "neq" => Expression.NotEqual(property, QueryParameter.Of((TEnum)value)),
            "in" => In(property, ((IEnumerable<object?>)value).Cast<TEnum>().ToList()),
            _ => throw new ExecutionError($"Unknown filter operation '{op}'."),
        };

    private static Expression In<TValue>(Expression property, List<TValue> values) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], QueryParameter.Of(values), property);

    private static Expression Bind(LambdaExpression property, ParameterExpression row) =>
        new ReplaceParameter(property.Parameters[0], row).Visit(property.Body);

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> source, LambdaExpression key, SortDirection direction, bool thenBy)
    {
        var method = (thenBy, direction) switch
        {
            (false, SortDirection.Asc) => nameof(Queryable.OrderBy),
            (false, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
            (true, SortDirection.Asc) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
