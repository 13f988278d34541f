using System.Text.Json;
using DesaPlatform.Host.GraphQL;
using DesaPlatform.Host.GraphQL.Limits;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.GraphQLApi;

namespace DesaPlatform.Tests.Unit.GraphQL;

/// <summary>The request limits leave room for every document the portal sends (as text in development) and for introspection.</summary>
public sealed class DocumentLimitsTests
{
    public static TheoryData<string, string> PortalDocuments()
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Repository.PathOf("web", "src", "gql", "persisted-documents.json")))!;
        var documents = new TheoryData<string, string>();
        foreach (var (id, text) in manifest) documents.Add(id, text);
        documents.Add("introspection", IntrospectionQueries.Default);
        return documents;
    }

    [Theory]
    [MemberData(nameof(PortalDocuments))]
    public void A_document_of_the_portal_is_within_the_limits(string id, string text)
    {
        var (document, refusal) = DocumentReader.Read(text, new GraphQLSettings());
        Assert.True(document is not null, $"{id}: {refusal?.Message}");
    }
}
