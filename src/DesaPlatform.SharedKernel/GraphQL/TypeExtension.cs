using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>
/// Fields a module adds to another module's graph type, as HotChocolate's type extensions do: the higher module
/// (Budgeting) puts its figures on the lower one's type (Membership's <c>Enrollment</c>), so the dependency still
/// points up. Applied by the schema before the type is initialized; type references in the fields resolve as usual.
/// </summary>
public sealed record TypeExtension(string TypeName, params FieldType[] Fields);
