using DesaPlatform.Host.Startup;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Host.Commands;

/// <summary>Runs a <see cref="HostCommand"/> as the system user after the usual start-up (migrations, seed). Exit code 0 ok, 1 refused, 2 usage.</summary>
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
        if (!File.Exists(command.File))
        {
            Console.Error.WriteLine($"File not found: {command.File}");
            return 2;
        }
        await using var file = File.OpenRead(command.File);
        var report = await importer.ImportAsync(file, Path.GetFileName(command.File), command.DryRun, cancellation);
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
        await using (var file = File.Create(command.File))
            await services.GetRequiredService<IRegionExporter>().WriteCsvAsync(file, command.Root, cancellation);
        Console.WriteLine($"Wrote {command.File}");
        return 0;
    }
}
