using System.Reflection;
using NetArchTest.Rules;

namespace DesaPlatform.Tests.Architecture;

/// <summary>Modules reach each other only through a public contract: the <c>Contracts</c> namespace.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules = ModuleAssemblies.Modules;

    [Fact]
    public void The_modules_are_found_by_folder() =>
        Assert.Superset(new HashSet<string> { "DesaPlatform.Budgeting", "DesaPlatform.Membership", "DesaPlatform.Regions", "DesaPlatform.Targets" },
            Modules.Select(m => m.GetName().Name!).ToHashSet());

    public static TheoryData<string, string> ModulePairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in Modules)
        foreach (var to in Modules.Where(m => m != from))
            pairs.Add(from.GetName().Name!, to.GetName().Name!);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_uses_no_other_module_beyond_its_contracts(string from, string to)
    {
        var target = Modules.Single(m => m.GetName().Name == to);
        var internals = target.GetTypes()
            .Select(t => t.Namespace!)
            .Where(ns => ns is not null && ns != to && ns != to + ".Contracts")
            .Distinct()
            .ToArray();
        var result = Types.InAssembly(Modules.Single(m => m.GetName().Name == from))
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{from} reaches into {to}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Only_contracts_and_the_registration_are_public(string module)
    {
        var assembly = Modules.Single(m => m.GetName().Name == module);
        var exposed = assembly.GetExportedTypes()
            .Where(t => t.Namespace != module + ".Contracts" && !t.Name.EndsWith("Module", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(exposed);
    }

    public static TheoryData<string> ModuleNames() => new(Modules.Select(m => m.GetName().Name!));
}
