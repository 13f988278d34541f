using System.Reflection;
using System.Runtime.CompilerServices;
using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Tests.Architecture;

/// <summary>Every kind of submission goes through the one workflow of SharedKernel/Approvals: none keeps a status of its own.</summary>
public sealed class OneApprovalWorkflowTests
{
    private static IEnumerable<Type> ModuleTypes() =>
        ModuleAssemblies.Modules.SelectMany(m => m.GetTypes()).Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    [Fact]
    public void No_module_type_declares_a_submission_status_of_its_own()
    {
        var holders = ModuleTypes()
            .Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(p => p.PropertyType == typeof(SubmissionStatus) && p.DeclaringType == t))
            .Select(t => t.FullName);
        Assert.Empty(holders);
    }

    [Fact]
    public void No_module_declares_a_copy_of_the_status_enum()
    {
        var copies = ModuleTypes()
            .Where(t => t.IsEnum && new[] { nameof(SubmissionStatus.Submitted), nameof(SubmissionStatus.Approved) }.All(n => Enum.GetNames(t).Contains(n)))
            .Select(t => t.FullName);
        Assert.Empty(copies);
    }
}
