using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, Identity's authenticator key) is switched on and off by
/// proving a current code; what those use cases share.
/// </summary>
internal sealed class TwoFactorSwitch(OwnAccount account, UserManager<DesaUser> users, SecretGuesses guesses)
{
    public static UserError AlreadyEnabled => new("TWO_FACTOR_ALREADY_ENABLED",
        "Verifikasi dua langkah sudah aktif; matikan dulu untuk memakai aplikasi autentikator lain.", null);

    public static UserError InvalidCode => new("INVALID_CODE", "Kode verifikasi salah atau sudah kedaluwarsa.", "code");

    /// <summary>Null when the code is right; a wrong one counts toward the account's lockout.</summary>
    public Task<UserError?> CheckCodeAsync(DesaUser user, string code) =>
        guesses.CheckAsync(user, async () => TwoFactorCode.Normalize(code) is { } digits
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits), InvalidCode);

    public async Task<Payload<DesaUser>> SwitchAsync(DesaUser user, bool enabled)
    {
        var saved = await users.SetTwoFactorEnabledAsync(user, enabled);
        if (!saved.Succeeded) return Payload<DesaUser>.Failure(saved.ToUserErrors());
        await account.KeepCookieSessionAsync(user);
        return Payload<DesaUser>.Success(user);
    }
}
