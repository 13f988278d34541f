using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

/// <summary>The input of the fields that act on one account by its user name.</summary>
internal sealed record UserNameInput(string UserName);

internal abstract class UserNameInputType : InputObjectGraphType<UserNameInput>
{
    protected UserNameInputType(string name)
    {
        Name = name;
        Field(i => i.UserName);
    }
}
