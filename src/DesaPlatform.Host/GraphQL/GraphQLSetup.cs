using DesaPlatform.Host.GraphQL.Persisted;
using DesaPlatform.Host.GraphQL.Scalars;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Persistence;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DesaPlatform.Host.GraphQL;

internal static class GraphQLSetup
{
    public static IServiceCollection AddDesaGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DocumentCache>();
        var settings = GraphQLSettings.From(configuration);
        services.AddSingleton(settings);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes);
        services.AddSingleton<PersistedDocuments>();
        services.AddResponseCompression(options => options.EnableForHttps = true);
        services.AddGraphQL(graphql => graphql
            .AddSchema<DesaSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<ScalarReasonErrors>()
            .AddGraphTypesOf(services)
            // Both depend on the caller or the variables, so they also run for persisted documents already validated.
            .AddValidationRule<AccessRule>(useForCachedDocuments: true)
            .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
            .ConfigureExecution<ValidatedDocumentExecution>()
            .ConfigureComplexity(complexity =>
            {
                complexity.MaxDepth = 12;
                // A full page of the portal costs about 24,000 (200 roster entries with warnings and premiums; 100
                // review changes with their fields): twice that refuses runaway queries and leaves the pages room.
                complexity.MaxComplexity = 50_000;
                complexity.ValidateComplexityDelegate = IntrospectionComplexity.ExemptBoundedIntrospection;
            })
            // Resolvers share the request's DbContexts, which allow one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddUnhandledExceptionHandler(context =>
            {
                // Type and stack only: messages of data-layer exceptions can carry personal data (NIK).
                context.Context?.RequestServices?.GetRequiredService<ILogger<DesaSchema>>().LogError(
                    "Unhandled {Exception} in GraphQL field {Field}: {Stack}", context.OriginalException.GetType().Name,
                    context.FieldContext?.FieldDefinition.Name, context.OriginalException.StackTrace);
                if (context.OriginalException is TextRefusedException refused)
                    context.Exception = new ExecutionError(refused.Message) { Code = "TEXT_REFUSED" };
                else
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

    private static IGraphQLBuilder ConfigureComplexity(this IGraphQLBuilder graphql, Action<ComplexityOptions> configure)
    {
        graphql.Services.Configure<ComplexityOptions>((options, _) => configure(options));
        return graphql;
    }

    public static void MapDesaGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync);
        // The page's own address passes the same gate (an endpoint here comes before the portal's static files).
        app.MapGet(GraphiQLPage.FileName, GraphiQLPage.ServeAsync);
    }
}
