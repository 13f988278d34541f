using DesaPlatform.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddDesaModules();

var app = builder.Build();
app.UseDesaModules();
await app.RunAsync();

public partial class Program;
