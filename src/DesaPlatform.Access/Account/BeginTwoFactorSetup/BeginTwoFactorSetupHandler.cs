using System.Text;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account.BeginTwoFactorSetup;

/// <summary>A new authenticator key for the caller's account; two-factor sign-in starts only once a code proves it.</summary>
internal sealed class BeginTwoFactorSetupHandler(OwnAccount account, UserManager<DesaUser> users, IUserStore<DesaUser> store)
{
    private const string Issuer = "DesaPlatform";

    public async Task<Payload<AuthenticatorSetup>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync();
        if (user.TwoFactorEnabled) return Payload<AuthenticatorSetup>.Failure(TwoFactorSwitch.AlreadyEnabled);
        // Not UserManager.ResetAuthenticatorKeyAsync: it also renews the security stamp, which would end the very
        // session doing the setup. A key that is not switched on yet changes nothing about signing in.
        var key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<DesaUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded) return Payload<AuthenticatorSetup>.Failure(saved.ToUserErrors());
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Issuer}&digits=6";
        return Payload<AuthenticatorSetup>.Success(new AuthenticatorSetup(Readable(key), uri));
    }

    /// <summary>Groups of four, lower-case, as authenticator apps show and accept them.</summary>
    private static string Readable(string key)
    {
        var readable = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) readable.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return readable.ToString().TrimEnd().ToLowerInvariant();
    }
}
