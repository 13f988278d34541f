using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Account.DisableTwoFactor;

/// <summary>Switches two-factor sign-in off with a current code, except where the role requires it.</summary>
internal sealed class DisableTwoFactorHandler(OwnAccount account, AccessSettings settings, TwoFactorSwitch twoFactor)
{
    public async Task<Payload<DesaUser>> HandleAsync(string code)
    {
        var user = await account.LoadAsync();
        if (!user.TwoFactorEnabled)
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_NOT_ENABLED", "Verifikasi dua langkah belum aktif.", null));
        if (settings.RequiresTwoFactor(user.Role))
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_REQUIRED",
                $"Akun {RoleNames.Of(user.Role)} wajib memakai verifikasi dua langkah.", null));
        if (await twoFactor.CheckCodeAsync(user, code) is { } refused) return Payload<DesaUser>.Failure(refused);
        return await twoFactor.SwitchAsync(user, enabled: false);
    }
}
