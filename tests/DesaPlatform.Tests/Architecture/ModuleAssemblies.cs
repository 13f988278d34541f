using System.Reflection;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Architecture;

internal static class ModuleAssemblies
{
    /// <summary>Every project under modules/ (modules/Name/DesaPlatform.Name): a new module is checked without a line here.</summary>
    public static readonly Assembly[] Modules = Directory.GetDirectories(Repository.PathOf("modules"))
        .SelectMany(Directory.GetDirectories)
        .Where(project => File.Exists(Path.Combine(project, Path.GetFileName(project) + ".csproj")))
        .Select(project => Assembly.Load(Path.GetFileName(project)))
        .ToArray();
}
