namespace DesaPlatform.SharedKernel.Access;

/// <summary>Names the mapped property holding an <see cref="IRegionOwned"/> row's region code when it is not <c>RegionCode</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ScopedByAttribute(string property) : Attribute
{
    public string Property { get; } = property;
}
