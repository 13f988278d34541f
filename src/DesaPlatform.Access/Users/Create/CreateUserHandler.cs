using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users.Create;

/// <summary>Creates an account with a one-time password, within what the caller may give; or says every problem and creates nothing.</summary>
internal sealed class CreateUserHandler(DelegationPolicy policy, UserManager<DesaUser> users)
{
    public async Task<Payload<IssuedPassword>> HandleAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        var userName = AccountFields.NormalizeUserName(input.UserName);
        var fullName = input.FullName.Trim();
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        var phone = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : AccountFields.NormalizePhone(input.PhoneNumber);

        var errors = new List<UserError>();
        if (AccountFields.CheckUserName(userName) is { } badName) errors.Add(badName);
        else if (await users.FindByNameAsync(userName) is not null)
            errors.Add(new UserError("USER_NAME_TAKEN", $"Nama pengguna '{userName}' sudah dipakai.", "userName")
            {
                Values = MessageValues.Of(("userName", userName)),
            });
        if (AccountFields.CheckFullName(fullName) is { } badFullName) errors.Add(badFullName);
        if (email is not null && !AccountFields.IsEmail(email)) errors.Add(AccountFields.InvalidEmail("email"));
        if (!string.IsNullOrWhiteSpace(input.PhoneNumber) && phone is null) errors.Add(AccountFields.InvalidPhone("phoneNumber"));
        if (await policy.CheckGrantAsync(input.Role, input.RegionCode, cancellationToken) is { } refused) errors.Add(refused);
        if (errors.Count > 0) return Payload<IssuedPassword>.Failure(errors);

        var user = new DesaUser
        {
            UserName = userName, FullName = fullName, Role = input.Role, RegionCode = input.RegionCode, Email = email, PhoneNumber = phone,
        };
        var password = OneTimePasswords.IssueTo(user);
        var created = await users.CreateAsync(user);
        return created.Succeeded
            ? Payload<IssuedPassword>.Success(new IssuedPassword(user, password))
            : Payload<IssuedPassword>.Failure(created.ToUserErrors());
    }
}
