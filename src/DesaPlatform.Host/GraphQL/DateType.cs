using GraphQL.Types;

namespace DesaPlatform.Host.GraphQL;

/// <summary>Calendar dates as <c>Date</c> (yyyy-MM-dd), the name HotChocolate clients expect.</summary>
internal sealed class DateType : DateOnlyGraphType
{
    public DateType() => Name = "Date";
}
