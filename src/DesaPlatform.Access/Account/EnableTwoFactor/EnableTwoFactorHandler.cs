using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account.EnableTwoFactor;

/// <summary>Switches two-factor sign-in on, once a code proves the authenticator app holds the key set up before.</summary>
internal sealed class EnableTwoFactorHandler(OwnAccount account, UserManager<DesaUser> users, TwoFactorSwitch twoFactor)
{
    public async Task<Payload<DesaUser>> HandleAsync(string code)
    {
        var user = await account.LoadAsync();
        if (user.TwoFactorEnabled) return Payload<DesaUser>.Failure(TwoFactorSwitch.AlreadyEnabled);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_NOT_SET_UP", "Mulai dulu penyiapan aplikasi autentikator.", null));
        if (await twoFactor.CheckCodeAsync(user, code) is { } refused) return Payload<DesaUser>.Failure(refused);
        return await twoFactor.SwitchAsync(user, enabled: true);
    }
}
