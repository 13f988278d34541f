using System.Text;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.TwoFactor;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, Identity's authenticator key): set up a key, switch it on by
/// proving a code, switch it off again with a code — except where the role requires it.
/// </summary>
internal sealed class TwoFactorHandler(OwnAccount account, UserManager<DesaUser> users, IUserStore<DesaUser> store, AccessSettings settings)
{
    private const string Issuer = "DesaPlatform";

    public async Task<Payload<AuthenticatorSetup>> BeginSetupAsync(CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync();
        if (user.TwoFactorEnabled) return Payload<AuthenticatorSetup>.Failure(AlreadyEnabled);
        // Not UserManager.ResetAuthenticatorKeyAsync: it also renews the security stamp, which would end the very
        // session doing the setup. A key that is not switched on yet changes nothing about signing in.
        var key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<DesaUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded) return Payload<AuthenticatorSetup>.Failure(saved.ToUserErrors());
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Issuer}&digits=6";
        return Payload<AuthenticatorSetup>.Success(new AuthenticatorSetup(Readable(key), uri));
    }

    public async Task<Payload<DesaUser>> EnableAsync(string code)
    {
        var user = await account.LoadAsync();
        if (user.TwoFactorEnabled) return Payload<DesaUser>.Failure(AlreadyEnabled);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_NOT_SET_UP", "Mulai dulu penyiapan aplikasi autentikator.", null));
        if (!await IsValidAsync(user, code)) return Payload<DesaUser>.Failure(InvalidCode);
        return await SwitchAsync(user, enabled: true);
    }

    public async Task<Payload<DesaUser>> DisableAsync(string code)
    {
        var user = await account.LoadAsync();
        if (!user.TwoFactorEnabled)
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_NOT_ENABLED", "Verifikasi dua langkah belum aktif.", null));
        if (settings.RequiresTwoFactor(user.Role))
            return Payload<DesaUser>.Failure(new UserError("TWO_FACTOR_REQUIRED",
                $"Akun {RoleNames.Of(user.Role)} wajib memakai verifikasi dua langkah.", null));
        if (!await IsValidAsync(user, code)) return Payload<DesaUser>.Failure(InvalidCode);
        return await SwitchAsync(user, enabled: false);
    }

    private static UserError AlreadyEnabled => new("TWO_FACTOR_ALREADY_ENABLED",
        "Verifikasi dua langkah sudah aktif; matikan dulu untuk memakai aplikasi autentikator lain.", null);

    private static UserError InvalidCode => new("INVALID_CODE", "Kode verifikasi salah atau sudah kedaluwarsa.", "code");

    private async Task<bool> IsValidAsync(DesaUser user, string code) =>
        TwoFactorCode.Normalize(code) is { } digits
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);

    private async Task<Payload<DesaUser>> SwitchAsync(DesaUser user, bool enabled)
    {
        var saved = await users.SetTwoFactorEnabledAsync(user, enabled);
        if (!saved.Succeeded) return Payload<DesaUser>.Failure(saved.ToUserErrors());
        await account.KeepCookieSessionAsync(user);
        return Payload<DesaUser>.Success(user);
    }

    /// <summary>Groups of four, lower-case, as authenticator apps show and accept them.</summary>
    private static string Readable(string key)
    {
        var readable = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) readable.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return readable.ToString().TrimEnd().ToLowerInvariant();
    }
}
