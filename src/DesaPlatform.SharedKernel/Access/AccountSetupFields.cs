using GraphQL.Builders;
using GraphQL.Types;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>
/// Marks the root fields a user may still use while <see cref="ICurrentUser.PendingSetup"/> is set (their own account
/// and its setup); the host's access rule refuses every other root field until the setup is done.
/// </summary>
public static class AccountSetupFields
{
    public const string Key = "desa:account-setup";

    public static FieldBuilder<TSource, TReturn> AllowDuringAccountSetup<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[Key] = true;
        return field;
    }

    public static bool AllowsDuringAccountSetup(this IFieldType field) => field.HasMetadata(Key);
}
