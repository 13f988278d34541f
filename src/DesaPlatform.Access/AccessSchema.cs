using DesaPlatform.Access.Account.BeginTwoFactorSetup;
using DesaPlatform.Access.Account.ChangePassword;
using DesaPlatform.Access.Account.DisableTwoFactor;
using DesaPlatform.Access.Account.EnableTwoFactor;
using DesaPlatform.Access.Account.Me;
using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users.ChangeAccess;
using DesaPlatform.Access.Users.Create;
using DesaPlatform.Access.Users.Disable;
using DesaPlatform.Access.Users.Enable;
using DesaPlatform.Access.Users.Find;
using DesaPlatform.Access.Users.ImportOperators;
using DesaPlatform.Access.Users.List;
using DesaPlatform.Access.Users.ResetPassword;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access;

/// <remarks>
/// Changing one's own password or two-factor sign-in ends the account's sessions: the portal's cookie is renewed in
/// the same answer, API clients sign in again.
/// </remarks>
internal sealed class AccessSchema(UserQueryShape shape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        MeField.AddTo(query);
        ListUsersField.AddTo(query, shape);
        FindUserField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        CreateUserField.AddTo(mutation);
        ImportOperatorsField.AddTo(mutation);
        DisableUserField.AddTo(mutation);
        EnableUserField.AddTo(mutation);
        ResetPasswordField.AddTo(mutation);
        ChangeUserAccessField.AddTo(mutation);
        ChangePasswordField.AddTo(mutation);
        BeginTwoFactorSetupField.AddTo(mutation);
        EnableTwoFactorField.AddTo(mutation);
        DisableTwoFactorField.AddTo(mutation);
    }
}
