using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>What a field holds that not everyone may read: a NIK (shown masked), other personal data, a secret.</summary>
public enum Sensitivity
{
    Nik,
    Personal,
    Secret,
}

/// <summary>
/// Marks an entity's field as personal or secret. Pages, review diffs, exports and the audit trail all read the mark,
/// so a field is declared sensitive once, where it is declared.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute(Sensitivity kind) : Attribute
{
    public Sensitivity Kind { get; } = kind;
}

public static class SensitiveFields
{
    private const string Annotation = "Desa:Sensitivity";
    private static readonly ConcurrentDictionary<(Type, string), Sensitivity?> Marks = new();

    /// <summary>The mark of a property of <paramref name="type"/>, named in any case (<c>nik</c> or <c>Nik</c>); null if none.</summary>
    public static Sensitivity? Of(Type type, string property) =>
        Marks.GetOrAdd((type, property), key => key.Item1
            .GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?
            .GetCustomAttribute<SensitiveAttribute>()?.Kind);

    /// <summary>The mark of a mapped property: its attribute, or for types we do not own (Identity's) the model's.</summary>
    public static Sensitivity? Of(IReadOnlyProperty property) =>
        property.FindAnnotation(Annotation)?.Value as Sensitivity?
        ?? property.PropertyInfo?.GetCustomAttribute<SensitiveAttribute>()?.Kind;

    /// <summary>Marks a column of a type we cannot put an attribute on.</summary>
    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property, Sensitivity kind) =>
        property.HasAnnotation(Annotation, kind);

    /// <summary>How a sensitive value reads where it may not be read: a NIK masked (<c>610101******0001</c>), anything else hidden.</summary>
    public static string Masked(Sensitivity kind, string value) => kind == Sensitivity.Nik ? PersonalData.MaskNik(value) : "***";
}
