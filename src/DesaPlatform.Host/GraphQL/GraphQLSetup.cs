using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace DesaPlatform.Host.GraphQL;

internal static class GraphQLSetup
{
    public static IServiceCollection AddDesaGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<DocumentCache>();
        services.AddResponseCompression(options => options.EnableForHttps = true);
        services.AddGraphQL(graphql => graphql
            .AddSchema<DesaSchema>()
            .AddSystemTextJson()
            .AddGraphTypesOf(services)
            .AddValidationRule<AccessRule>()
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = 12;
                // A full page of the portal costs about 24,000 (200 roster entries with warnings and premiums; 100
                // review changes with their fields): twice that refuses runaway queries and leaves the pages room.
                complexity.MaxComplexity = 50_000;
            })
            // Resolvers share the request's DbContexts, which allow one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddUnhandledExceptionHandler(context =>
            {
                // Type and stack only: messages of data-layer exceptions can carry personal data (NIK).
                context.Context?.RequestServices?.GetRequiredService<ILogger<DesaSchema>>().LogError(
                    "Unhandled {Exception} in GraphQL field {Field}: {Stack}", context.OriginalException.GetType().Name,
                    context.FieldContext?.FieldDefinition.Name, context.OriginalException.StackTrace);
                context.ErrorMessage = context.OriginalException is SharedKernel.Access.OutOfScopeException
                    ? "Data tidak ditemukan."
                    : "Terjadi kesalahan di server.";
            }));
        return services;
    }

    /// <summary>
    /// The graph types of the host, SharedKernel and every module that contributes to the schema: a module is found
    /// through its <see cref="ISchemaContribution"/> registration, so adding one needs no line here.
    /// </summary>
    private static IGraphQLBuilder AddGraphTypesOf(this IGraphQLBuilder graphql, IServiceCollection services)
    {
        var contributors = services.Where(s => s.ServiceType == typeof(ISchemaContribution))
            .Select(s => s.ImplementationType?.Assembly ?? throw new InvalidOperationException(
                "Register a schema contribution by its type, so that its module's graph types are found."));
        foreach (var assembly in contributors.Append(typeof(DesaSchema).Assembly).Append(typeof(UserErrorType).Assembly).Distinct().ToList())
            graphql.AddGraphTypes(assembly);
        return graphql;
    }

    public static void MapDesaGraphQL(this WebApplication app) =>
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync);
}
