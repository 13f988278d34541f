using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>The values a coded message names (a village code, a position), sent beside its code.</summary>
public static class MessageValues
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Of(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
}

/// <summary>One named value of a coded message: <c>{ name: "position", value: "Kepala Desa" }</c>.</summary>
public sealed class MessageValueType : ObjectGraphType<KeyValuePair<string, string>>
{
    public MessageValueType()
    {
        Name = "MessageValue";
        Description = "A value that a coded message names, for wording it in the reader's language.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}

public static class MessageValueFields
{
    /// <summary>The <c>values</c> field of a type whose messages carry a code.</summary>
    public static void Values<T>(this ObjectGraphType<T> type, Func<T, IReadOnlyDictionary<string, string>> values) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageValueType>>>>("values")
            .Description("The values the message names, by name; the portal words the code with them.")
            .Resolve(ctx => values(ctx.Source));
}
