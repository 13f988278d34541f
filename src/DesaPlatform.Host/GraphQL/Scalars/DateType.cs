using GraphQL.Types;
using DesaPlatform.SharedKernel.Time;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>Calendar dates as <c>Date</c> (yyyy-MM-dd), the name HotChocolate clients expect; inputs are <see cref="PlausibleDates"/>.</summary>
internal sealed class DateType : DateOnlyGraphType
{
    public DateType() => Name = "Date";

    public override object? ParseLiteral(GraphQLValue value) => InRange(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => InRange(base.ParseValue(value));

    private static object? InRange(object? parsed) => parsed is DateOnly date && !PlausibleDates.Contains(date)
        ? throw new InputRefusedException(
            $"Tanggal {date:yyyy-MM-dd} di luar {PlausibleDates.Earliest:yyyy-MM-dd} … {PlausibleDates.Latest:yyyy-MM-dd}. " +
            $"The date {date:yyyy-MM-dd} is outside {PlausibleDates.Earliest:yyyy-MM-dd} … {PlausibleDates.Latest:yyyy-MM-dd}.")
        : parsed;
}
