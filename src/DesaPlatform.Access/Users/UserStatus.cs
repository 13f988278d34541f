using System.Linq.Expressions;

namespace DesaPlatform.Access.Users;

internal enum UserStatus
{
    Active,
    Disabled,
    LockedOut,
}

internal static class UserStatuses
{
    /// <summary>The one rule, as a query the database runs (the <c>status</c> filter) and compiled (the <c>status</c> field).</summary>
    public static readonly Expression<Func<DesaUser, UserStatus>> Of = user =>
        user.IsDisabled ? UserStatus.Disabled
        : user.LockoutEnd != null && user.LockoutEnd > Now ? UserStatus.LockedOut
        : UserStatus.Active;

    private static readonly Func<DesaUser, UserStatus> Compiled = Of.Compile();

    // A property, not DateTimeOffset.UtcNow in the expression: EF reads it per query as a parameter.
    internal static DateTimeOffset Now => DateTimeOffset.UtcNow;

    public static UserStatus StatusOf(DesaUser user) => Compiled(user);
}
