using System.Reflection;
using DesaPlatform.Access;
using DesaPlatform.Audit;
using GraphQL.Types;

namespace DesaPlatform.Tests.Architecture;

/// <summary>
/// One layout everywhere: a use case is a folder holding its root field (<c>XField</c>), its handler (<c>XHandler</c>)
/// and its types, under a capability folder (<c>Users/Disable/DisableUserField.cs</c>). See README, "Architecture".
/// </summary>
public sealed class UseCaseLayoutTests
{
    /// <summary>Folders of what use cases share; never a capability.</summary>
    private static readonly string[] SharedFolders = ["Contracts", "Domain", "GraphQL", "Persistence", "Seeding"];

    private static readonly Assembly[] Covered =
        ModuleAssemblies.Modules.Append(typeof(AccessModule).Assembly).Append(typeof(AuditModule).Assembly).ToArray();

    public static TheoryData<string> CoveredAssemblies() => new(Covered.Select(a => a.GetName().Name!));

    [Fact]
    public void Access_Audit_and_every_module_are_covered() =>
        Assert.Superset(new HashSet<string>
            {
                "DesaPlatform.Access", "DesaPlatform.Audit", "DesaPlatform.Budgeting", "DesaPlatform.Membership", "DesaPlatform.Regions",
                "DesaPlatform.Targets",
            },
            Covered.Select(a => a.GetName().Name!).ToHashSet());

    [Theory]
    [MemberData(nameof(CoveredAssemblies))]
    public void Handlers_are_internal_sealed(string assembly) =>
        Assert.Empty(Handlers(assembly).Where(t => t.IsPublic || !t.IsSealed || t.IsAbstract).Select(t => t.FullName));

    /// <summary>One use case each: a handler that approves, returns and reopens is three handlers.</summary>
    [Theory]
    [MemberData(nameof(CoveredAssemblies))]
    public void A_handler_has_one_public_method_HandleAsync(string assembly) =>
        Assert.Empty(Handlers(assembly)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(m => m.Name).Distinct().SingleOrDefault() != "HandleAsync")
            .Select(t => t.FullName));

    [Theory]
    [MemberData(nameof(CoveredAssemblies))]
    public void Root_fields_are_internal_static_classes_with_AddTo(string assembly) =>
        Assert.Empty(Fields(assembly).Where(t => t.IsPublic || !(t.IsAbstract && t.IsSealed) || !HasAddTo(t)).Select(t => t.FullName));

    /// <summary><c>Assembly.Capability.UseCase</c>, or <c>Assembly.Capability</c> for a capability that is one use case.</summary>
    [Theory]
    [MemberData(nameof(CoveredAssemblies))]
    public void Handlers_and_root_fields_live_in_use_case_folders(string assembly) =>
        Assert.Empty(Handlers(assembly).Concat(Fields(assembly)).Where(t => !IsUseCaseFolder(assembly, t.Namespace)).Select(t => t.FullName));

    [Theory]
    [MemberData(nameof(CoveredAssemblies))]
    public void A_use_case_folder_holds_at_most_one_root_field_and_one_handler_named_alike(string assembly)
    {
        var fields = Fields(assembly).ToLookup(t => t.Namespace);
        var crowded = Handlers(assembly).Concat(Fields(assembly)).GroupBy(t => (t.Namespace, Handler: t.Name.EndsWith("Handler", StringComparison.Ordinal)))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(t => t.FullName));
        var withoutField = Handlers(assembly)
            .Where(h => !fields[h.Namespace].Any(f => f.Name == h.Name[..^"Handler".Length] + "Field"))
            .Select(h => h.FullName);
        Assert.Empty(crowded.Concat(withoutField));
    }

    private static IEnumerable<Type> Handlers(string assembly) => TypesNamed(assembly, "Handler");

    private static IEnumerable<Type> Fields(string assembly) => TypesNamed(assembly, "Field");

    private static IEnumerable<Type> TypesNamed(string assembly, string suffix) =>
        Covered.Single(a => a.GetName().Name == assembly).GetTypes()
            .Where(t => t.IsClass && !t.IsNested && t.Name.EndsWith(suffix, StringComparison.Ordinal));

    private static bool HasAddTo(Type field) =>
        field.GetMethod("AddTo", BindingFlags.Public | BindingFlags.Static) is { } addTo
        && addTo.GetParameters() is [var root, ..] && root.ParameterType == typeof(ObjectGraphType);

    private static bool IsUseCaseFolder(string assembly, string? ns) =>
        ns is not null && ns.StartsWith(assembly + ".", StringComparison.Ordinal)
        && ns[(assembly.Length + 1)..].Split('.') is { Length: 1 or 2 } folders
        && !SharedFolders.Contains(folders[0]);
}
