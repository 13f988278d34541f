using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Host.GraphQL;

/// <summary>
/// The role gate, checked before anything runs: every field needs a signed-in caller unless it allows anonymous
/// callers (introspection included), a user who must still change their password or turn on two-factor sign-in may
/// use only the fields of that setup, and a field that names roles needs one of them. Region scope is enforced on the
/// data itself (see ModuleDbContext).
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
            if (user.PendingSetup is { } step && field?.AllowsDuringAccountSetup() != true && ctx.TypeInfo.GetParentType() is { } root
                && (root == ctx.Schema.Query || root == ctx.Schema.Mutation))
            {
                ctx.ReportError(step == AccountSetupStep.ChangePassword
                    ? new ValidationError(ctx.Document.Source, null, $"Change your password before using '{name}'.", node)
                        { Code = "PASSWORD_CHANGE_REQUIRED" }
                    : new ValidationError(ctx.Document.Source, null, $"Turn on two-factor sign-in before using '{name}'.", node)
                        { Code = "TWO_FACTOR_REQUIRED" });
                return;
            }
            if (field?.RequiredRoles() is { } roles && (user.Role is not { } role || !roles.Contains(role)))
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"Your role may not use '{name}'.", node)
                    { Code = "AUTH_NOT_AUTHORIZED" });
            }
        }));
}
