using DesaPlatform.Host.GraphQL.Persisted;

namespace DesaPlatform.Host.GraphQL;

/// <summary>The <c>GraphQL</c> section of the configuration.</summary>
internal sealed class GraphQLSettings
{
    public ArbitraryDocuments AllowArbitraryDocuments { get; init; } = ArbitraryDocuments.Always;

    public static GraphQLSettings From(IConfiguration configuration) =>
        configuration.GetSection("GraphQL").Get<GraphQLSettings>() ?? new GraphQLSettings();
}
