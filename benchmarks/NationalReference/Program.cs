using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

// The minimal API beside the host in benchmarks/national.sh: GET /{statement}?name=value runs
// benchmarks/national/{statement}.sql — the same file pgbench runs — with the query string as its :name parameters
// (sent untyped, as pgbench sends them) and writes the rows as a JSON array. No authentication, no ORM, no GraphQL:
// what a request costs when it is nothing but the SQL.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
await using var database = NpgsqlDataSource.Create(app.Configuration.GetConnectionString("Desa")!);
var statements = Directory.GetFiles(Path.Combine(app.Configuration["Statements"]!), "*.sql")
    .ToDictionary(file => Path.GetFileNameWithoutExtension(file), Statement.Read);

app.MapGet("/{name}", async (string name, HttpContext http) =>
{
    if (!statements.TryGetValue(name, out var statement)) return Results.NotFound();
    await using var command = database.CreateCommand(statement.Text);
    foreach (var parameter in statement.Parameters)
        command.Parameters.Add(new NpgsqlParameter(parameter, NpgsqlDbType.Unknown) { Value = http.Request.Query[parameter].ToString() });
    await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
    var body = new ArrayBufferWriter<byte>();
    await using var json = new Utf8JsonWriter(body);
    json.WriteStartArray();
    while (await reader.ReadAsync(http.RequestAborted))
    {
        json.WriteStartObject();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            json.WritePropertyName(reader.GetName(i));
            JsonSerializer.Serialize(json, reader.IsDBNull(i) ? null : reader.GetValue(i));
        }
        json.WriteEndObject();
    }
    json.WriteEndArray();
    await json.FlushAsync(http.RequestAborted);
    return Results.Bytes(body.WrittenMemory, "application/json");
});
app.Run();

internal sealed partial record Statement(string Text, IReadOnlyList<string> Parameters)
{
    // pgbench's :name, not the :: of a cast
    [GeneratedRegex(@"(?<!:):([a-z_]+)")]
    private static partial Regex Parameter();

    public static Statement Read(string file)
    {
        var text = File.ReadAllText(file);
        return new Statement(Parameter().Replace(text, "@$1"),
            Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList());
    }
}
