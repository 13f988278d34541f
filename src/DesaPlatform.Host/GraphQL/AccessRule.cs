using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// The role gate, checked before anything runs: every field needs a signed-in caller unless it allows anonymous
/// callers (introspection included), and a field that names roles needs one of them. Region scope is enforced
/// on the data itself (see ModuleDbContext).
/// </summary>
internal sealed class AccessRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            var name = node.Name.StringValue;
            if (name == "__typename") return;
            var user = ctx.RequestServices!.GetRequiredService<ICurrentUser>();
            var field = ctx.TypeInfo.GetFieldDef();
            var isIntrospection = name is "__schema" or "__type";
            if (!user.IsAuthenticated && (isIntrospection || field is null || !field.AllowsAnonymous()) && ctx.TypeInfo.GetParentType() is { } parent
                && (isIntrospection || parent == ctx.Schema.Query || parent == ctx.Schema.Mutation))
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"Sign in to use '{name}'.", node)
                    { Code = "AUTH_NOT_AUTHENTICATED" });
                return;
            }
            if (field?.RequiredRoles() is { } roles && (user.Role is not { } role || !roles.Contains(role)))
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"Your role may not use '{name}'.", node)
                    { Code = "AUTH_NOT_AUTHORIZED" });
            }
        }));
}
