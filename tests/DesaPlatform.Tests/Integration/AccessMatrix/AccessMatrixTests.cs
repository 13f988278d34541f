using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>
/// Calls every query and mutation of the schema as every role, on a village inside and one outside the caller's
/// scope. Driven by the schema: a new root field without a case in <see cref="MatrixCases"/> fails the first test.
/// </summary>
public sealed class AccessMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    private static readonly Dictionary<string, GraphQLClient> Clients = [];

    [Fact]
    public void Every_root_field_of_the_schema_has_a_case()
    {
        var schema = world.App.Services.GetRequiredService<DesaPlatform.Host.GraphQL.DesaSchema>();
        schema.Initialize();
        var fields = schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name).Order().ToList();
        Assert.Equal(fields, MatrixCases.All.Select(c => c.Field).Order().ToList());
    }

    public static TheoryData<string, string, bool> Calls()
    {
        var calls = new TheoryData<string, string, bool>();
        foreach (var matrixCase in MatrixCases.All)
        foreach (var actor in Actor.All)
        foreach (var inside in new[] { true, false })
            calls.Add(matrixCase.Field, actor.Role, inside);
        return calls;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_role_gets_what_its_scope_allows(string field, string role, bool inside)
    {
        var matrixCase = MatrixCases.All.Single(c => c.Field == field);
        var actor = Actor.Named(role);
        var village = inside ? actor.Inside : actor.Outside;
        var client = await ClientAsync(actor);
        var response = await client.SendAsync(matrixCase.Document, await matrixCase.Variables(world, village));
        var expected = inside ? matrixCase.Expected[role].Inside : matrixCase.Expected[role].Outside;
        Assert.True(expected == Outcomes.Of(response, field), $"{role} on {field} {(inside ? "inside" : "outside")} ({village}): expected {expected}, got {response.Body}");
    }

    private async Task<GraphQLClient> ClientAsync(Actor actor)
    {
        var key = actor.Role + world.GetHashCode();
        if (!Clients.TryGetValue(key, out var client))
            Clients[key] = client = actor.UserName is null ? world.App.Anonymous() : await world.App.SignInAsync(actor.UserName);
        return client;
    }
}
