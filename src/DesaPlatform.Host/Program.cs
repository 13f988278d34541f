using DesaPlatform.Host;
using DesaPlatform.Host.Commands;

var command = HostCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);
builder.AddDesaModules(quiet: command is not null);

var app = builder.Build();
if (command is not null) return await app.RunCommandAsync(command);
app.UseDesaModules();
await app.RunAsync();
return 0;

public partial class Program;
