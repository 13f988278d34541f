using DesaPlatform.Access.Users.CreateNationalReader;
using DesaPlatform.Host.Startup;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Host.Commands;

/// <summary>Runs a <see cref="HostCommand"/> as the system user (the platform operator) after the usual start-up (migrations, seed). Exit code 0 ok, 1 refused, 2 usage.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunCommandAsync(this WebApplication app, HostCommand command)
    {
        if (command.Verb.Length == 0)
        {
            Console.Error.WriteLine(HostCommand.Usage);
            return 2;
        }
        var cancellation = app.Lifetime.ApplicationStopping;
        await app.Services.GetServices<IHostedService>().OfType<ModuleStartup>().Single().StartingAsync(cancellation);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return command.Verb switch
        {
            "import" => await ImportAsync(scope.ServiceProvider.GetRequiredService<IRegionImporter>(), command, cancellation),
            "export" => await ExportAsync(scope.ServiceProvider, command, cancellation),
            "create" => await CreateNationalReaderAsync(scope.ServiceProvider.GetRequiredService<INationalReaders>(), command, cancellation),
            _ => await RebuildCoverageAsync(scope.ServiceProvider.GetRequiredService<ICoverageRebuild>(), cancellation),
        };
    }

    private static async Task<int> RebuildCoverageAsync(ICoverageRebuild coverage, CancellationToken cancellation)
    {
        var villages = await coverage.RebuildAsync(cancellation);
        Console.WriteLine($"Counted the coverage of {villages} villages again");
        return 0;
    }

    private static async Task<int> ImportAsync(IRegionImporter importer, HostCommand command, CancellationToken cancellation)
    {
        if (!File.Exists(command.Operand))
        {
            Console.Error.WriteLine($"File not found: {command.Operand}");
            return 2;
        }
        await using var file = File.OpenRead(command.Operand);
        var report = await importer.ImportAsync(file, Path.GetFileName(command.Operand), command.DryRun, cancellation);
        ImportReportPrinter.Print(report, Console.Out);
        return report.Refused ? 1 : 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, HostCommand command, CancellationToken cancellation)
    {
        if (command.Root is { } root && await services.GetRequiredService<IRegionDirectory>().FindAsync(root, cancellation) is null)
        {
            Console.Error.WriteLine($"Unknown region: {root}");
            return 1;
        }
        await using (var file = File.Create(command.Operand))
            await services.GetRequiredService<IRegionExporter>().WriteCsvAsync(file, command.Root, cancellation);
        Console.WriteLine($"Wrote {command.Operand}");
        return 0;
    }

    private static async Task<int> CreateNationalReaderAsync(INationalReaders readers, HostCommand command, CancellationToken cancellation)
    {
        var created = await readers.CreateAsync(command.Operand, command.FullName ?? "Pemantau Nasional", cancellation);
        if (created.Result is not { } password)
        {
            foreach (var error in created.Errors) Console.Error.WriteLine($"Refused: {error.Code}: {error.Message}");
            return 1;
        }
        Console.WriteLine($"Created {command.Operand}: a national reader (Viewer of all Indonesia; reads everything, changes nothing).");
        Console.WriteLine($"One-time password (shown once; to be changed at the first sign-in): {password}");
        return 0;
    }
}
