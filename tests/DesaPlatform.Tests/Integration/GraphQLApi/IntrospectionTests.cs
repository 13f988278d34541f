using System.Net;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>The introspection query that GraphiQL, graphql-codegen and Postman send is answered for signed-in users.</summary>
public sealed class IntrospectionTests(DesaApp app) : IClassFixture<DesaApp>
{
    public static TheoryData<string> StandardQueries => [IntrospectionQueries.Default, IntrospectionQueries.WithSchemaDescription];

    [Theory]
    [MemberData(nameof(StandardQueries))]
    public async Task The_standard_introspection_query_is_answered_for_a_signed_in_user(string query)
    {
        var client = await app.SignInAsync("op.dalamkaum");
        var response = await client.SendAsync(query);
        Assert.False(response.HasErrors, response.Body.ToString());
        var types = response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Contains("Person", types);
    }

    [Fact]
    public async Task Anonymous_callers_get_no_introspection()
    {
        var response = await app.Anonymous().SendAsync(IntrospectionQueries.Default);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", response.Body.ToString());
    }

    [Fact]
    public async Task Introspection_that_nests_type_lists_keeps_the_limit()
    {
        var client = await app.SignInAsync("admin.kalbar");
        var response = await client.SendAsync(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        Assert.Contains("too complex", response.Body.ToString());
    }

    [Fact]
    public async Task A_document_that_also_asks_for_data_keeps_the_limit()
    {
        var client = await app.SignInAsync("admin.kalbar");
        var response = await client.SendAsync(IntrospectionQueries.Default.Replace("{__schema{", "{me{userName}__schema{"));
        Assert.Contains("Query is too", response.Body.ToString());
    }
}
