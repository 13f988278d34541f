using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.SharedKernel.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>A service of this request's scope (the executor runs fields one at a time, so scoped DbContexts are safe).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
