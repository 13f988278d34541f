using DesaPlatform.Budgeting.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.GraphQL;

internal sealed class ProgramType : EnumerationGraphType<SocialSecurityProgram>
{
    public ProgramType() => Name = "Program";
}

internal sealed class SchemeType : EnumerationGraphType<Scheme>
{
    public SchemeType() => Name = "Scheme";
}
