using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account.ChangePassword;

internal sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

/// <summary>
/// The caller replaces their password (a one-time password included); their other sessions end. A wrong current
/// password counts toward the account's lockout.
/// </summary>
internal sealed class ChangePasswordHandler(OwnAccount account, UserManager<DesaUser> users, SecretGuesses guesses)
{
    public async Task<Payload<DesaUser>> HandleAsync(ChangePasswordInput input, CancellationToken cancellationToken)
    {
        if (input.NewPassword == input.CurrentPassword)
            return Payload<DesaUser>.Failure(new UserError("SAME_PASSWORD", "Kata sandi baru harus berbeda dari kata sandi saat ini.", "newPassword"));
        var user = await account.LoadAsync();
        if (await guesses.CheckAsync(user, () => users.CheckPasswordAsync(user, input.CurrentPassword), IdentityErrors.WrongPassword) is { } refused)
            return Payload<DesaUser>.Failure(refused);
        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!changed.Succeeded) return Payload<DesaUser>.Failure(changed.ToUserErrors("newPassword"));
        user.PasswordChanged();
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded) return Payload<DesaUser>.Failure(saved.ToUserErrors());
        await account.KeepCookieSessionAsync(user);
        return Payload<DesaUser>.Success(user);
    }
}
