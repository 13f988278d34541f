namespace DesaPlatform.SharedKernel.Modules;

/// <summary>Start-up work of a module: migrate its schema and load its reference data. Runs as the system user.</summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
