using DesaPlatform.SharedKernel.Access;
using GraphQL.Builders;
using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>
/// Role gates as field metadata. Every field needs a signed-in caller unless marked anonymous; a field with roles
/// needs one of them. The host's access rule checks these before anything runs; resolvers carry no access code.
/// </summary>
public static class FieldAccess
{
    public const string AnonymousKey = "desa:anonymous";
    public const string RolesKey = "desa:roles";

    public static FieldBuilder<TSource, TReturn> AllowAnonymous<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        WithMetadata(field, AnonymousKey, true);

    public static FieldBuilder<TSource, TReturn> RequireRoles<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params UserRole[] roles) =>
        WithMetadata(field, RolesKey, roles);

    public static bool AllowsAnonymous(this IFieldType field) => field.HasMetadata(AnonymousKey);

    public static IReadOnlyCollection<UserRole>? RequiredRoles(this IFieldType field) =>
        field.Metadata.TryGetValue(RolesKey, out var roles) ? (UserRole[]?)roles : null;

    private static FieldBuilder<TSource, TReturn> WithMetadata<TSource, TReturn>(
        FieldBuilder<TSource, TReturn> field, string key, object value)
    {
        field.FieldType.Metadata[key] = value;
        return field;
    }
}
