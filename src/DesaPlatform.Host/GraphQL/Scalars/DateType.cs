using GraphQL.Types;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>
/// Calendar dates as <c>Date</c> (yyyy-MM-dd), the name HotChocolate clients expect. Inputs lie between 1900 and 2100:
/// a year 1 or 9999 is a typing slip, and the databases and spreadsheets disagree about such dates.
/// </summary>
internal sealed class DateType : DateOnlyGraphType
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public DateType() => Name = "Date";

    public override object? ParseLiteral(GraphQLValue value) => InRange(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => InRange(base.ParseValue(value));

    private static object? InRange(object? parsed) => parsed is DateOnly date && (date < Earliest || date > Latest)
        ? throw new InputRefusedException($"The date {date:yyyy-MM-dd} is outside 1900-01-01 … 2100-12-31.")
        : parsed;
}
