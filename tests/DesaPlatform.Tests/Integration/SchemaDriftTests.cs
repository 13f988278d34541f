using DesaPlatform.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration;

/// <summary>
/// The printed schema is committed as web/schema.graphql (the portal's types are generated from it). When the API
/// changes on purpose, rerun with <c>DESA_UPDATE_SCHEMA=1</c> and commit the new file.
/// </summary>
public sealed class SchemaDriftTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public void The_committed_schema_matches_the_api()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var file = Repository.PathOf("web", "schema.graphql");
        if (Environment.GetEnvironmentVariable("DESA_UPDATE_SCHEMA") == "1") File.WriteAllText(file, printed);
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n"), printed);
    }
}
