using GraphQL.Types;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>
/// The built-in <c>String</c>, refusing the NUL character in inputs: PostgreSQL cannot store it, SQLite would, and no
/// name, code or reason has one. One place for every text argument of the API.
/// </summary>
internal sealed class TextType : StringGraphType
{
    public TextType() => Name = "String";

    public override object? ParseLiteral(GraphQLValue value) => WithoutNul(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => WithoutNul(base.ParseValue(value));

    private static object? WithoutNul(object? parsed) => parsed is string text && text.Contains('\0')
        ? throw new InputRefusedException("Teks tidak boleh berisi karakter NUL (U+0000). Text may not contain the NUL character (U+0000).")
        : parsed;
}
