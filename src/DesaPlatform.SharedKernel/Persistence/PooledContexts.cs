using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>A context that reads and writes for a user: the pool gives it the request's before handing it out.</summary>
public interface IUserBoundContext
{
    ICurrentUser CurrentUser { set; }
}

public static class PooledContexts
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> once per request, leased from a pool of reused instances (no model,
    /// service provider or change tracker built per request) and bound to the request's <see cref="ICurrentUser"/>;
    /// disposing the request's scope returns it.
    /// </summary>
    public static IServiceCollection AddPooledContext<TContext>(this IServiceCollection services, DatabaseSettings database, string schema)
        where TContext : DbContext, IUserBoundContext
    {
        services.AddPooledDbContextFactory<TContext>(options => database.Configure(options, schema));
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.CurrentUser = provider.GetRequiredService<ICurrentUser>();
            return context;
        });
        return services;
    }
}
