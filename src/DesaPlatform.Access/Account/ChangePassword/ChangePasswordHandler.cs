using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account.ChangePassword;

internal sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

/// <summary>The caller replaces their password (a one-time password included); their other sessions end.</summary>
internal sealed class ChangePasswordHandler(OwnAccount account, UserManager<DesaUser> users)
{
    public async Task<Payload<DesaUser>> HandleAsync(ChangePasswordInput input, CancellationToken cancellationToken)
    {
        if (input.NewPassword == input.CurrentPassword)
            return Payload<DesaUser>.Failure(new UserError("SAME_PASSWORD", "Kata sandi baru harus berbeda dari kata sandi saat ini.", "newPassword"));
        var user = await account.LoadAsync();
        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!changed.Succeeded) return Payload<DesaUser>.Failure(changed.ToUserErrors("newPassword"));
        user.PasswordChanged();
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded) return Payload<DesaUser>.Failure(saved.ToUserErrors());
        await account.KeepCookieSessionAsync(user);
        return Payload<DesaUser>.Success(user);
    }
}
