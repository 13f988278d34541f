using DesaPlatform.Host;
using DesaPlatform.Host.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddDesaModules();

var app = builder.Build();
app.UseDesaModules();
await app.InitializeModulesAsync();
app.PrintWelcome();
await app.RunAsync();

public partial class Program;
