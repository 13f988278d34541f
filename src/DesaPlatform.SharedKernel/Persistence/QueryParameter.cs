using System.Linq.Expressions;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>A value in a built expression as a captured member, not a constant, so the database sees a parameter and reuses its plan.</summary>
public static class QueryParameter
{
    public static MemberExpression Of<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Captured<TValue>(value)), nameof(Captured<TValue>.Value));

    private sealed record Captured<TValue>(TValue Value);
}
