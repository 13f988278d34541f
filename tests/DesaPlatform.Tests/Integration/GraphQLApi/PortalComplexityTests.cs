using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Tests.Integration.GraphQLApi;

/// <summary>
/// Every document the portal sends is within the complexity limit, so no page is refused in production that passed
/// its tests against a mocked API. Variables get stand-in values of their types; an Int is a full page (200), the
/// largest a page size can be, unless the portal asks a document for smaller pages.
/// </summary>
public sealed class PortalComplexityTests(DesaApp app) : IClassFixture<DesaApp>
{
    // VillageFindingsPage asks 20 findings a page, each with all its follow-up actions and their notes.
    private static readonly Dictionary<string, int> SmallerPages = new() { ["VillageFindings"] = 20 };

    public static TheoryData<string> PortalDocuments()
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Repository.PathOf("web", "src", "gql", "persisted-documents.json")))!;
        var names = new TheoryData<string>();
        foreach (var text in manifest.Values) names.Add(text);
        return names;
    }

    [Theory]
    [MemberData(nameof(PortalDocuments))]
    public async Task A_document_of_the_portal_is_within_the_complexity_limit(string text)
    {
        var document = Parser.Parse(text);
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ComplexityOptions>>().Value;
        var schema = scope.ServiceProvider.GetRequiredService<ISchema>();
        schema.Initialize();
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = [new ComplexityValidationRule(options)],
            Variables = new Inputs((operation.Variables?.Items ?? []).ToDictionary(v => v.Variable.Name.StringValue,
                v => StandIn(schema, v.Type, SmallerPages.GetValueOrDefault(operation.Name?.StringValue ?? "", 200)))),
            Extensions = Inputs.Empty,
            RequestServices = scope.ServiceProvider,
            Metrics = Metrics.None,
        });
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)) + " " + text[..Math.Min(text.Length, 80)]);
    }

    private static object? StandIn(ISchema schema, GraphQLType type, int page) => type switch
    {
        GraphQLNonNullType nonNull => StandIn(schema, nonNull.Type, page),
        GraphQLListType list => new List<object?> { StandIn(schema, list.Type, page) },
        GraphQLNamedType named => StandIn(schema.AllTypes[named.Name.StringValue]!, page),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static object? StandIn(IGraphType type, int page) => type switch
    {
        NonNullGraphType nonNull => StandIn(nonNull.ResolvedType!, page),
        ListGraphType list => new List<object?> { StandIn(list.ResolvedType!, page) },
        IInputObjectGraphType input => input.Fields.Where(f => f.ResolvedType is NonNullGraphType)
            .ToDictionary(f => f.Name, f => StandIn(f.ResolvedType!, page)),
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        _ => Scalar(type.Name, page),
    };

    private static object Scalar(string name, int page) => name switch
    {
        "Int" => page,
        "Float" or "Decimal" => 1.0,
        "Boolean" => true,
        "Date" => "2026-01-01",
        "DateTime" => "2026-01-01T00:00:00Z",
        "ID" => Guid.Empty.ToString(),
        _ => "61",
    };
}
