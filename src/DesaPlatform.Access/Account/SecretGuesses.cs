using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account;

/// <summary>
/// Every check of a signed-in caller's password or two-factor code goes through here, so that a wrong one counts toward
/// the same lockout as a wrong password at sign-in (Identity's failed-access count), a locked-out account is refused
/// before its secret is checked, and a right one resets the count as sign-in does. One request checks one secret:
/// aliases of the same mutation in one document would otherwise make a single request a hundred guesses.
/// </summary>
internal sealed class SecretGuesses(UserManager<DesaUser> users)
{
    private bool _spent;

    public static UserError TooMany => new("TOO_MANY_GUESSES",
        "Hanya satu kata sandi atau kode verifikasi yang diperiksa per permintaan; kirim yang lain terpisah.", null);

    public static UserError LockedOut => new("LOCKED_OUT",
        "Terlalu banyak kata sandi atau kode yang salah; akun dikunci sementara. Coba lagi nanti.", null);

    /// <summary>Null when the secret is right; otherwise why not: <paramref name="wrong"/>, locked out, or over budget.</summary>
    public async Task<UserError?> CheckAsync(DesaUser user, Func<Task<bool>> isRight, UserError wrong)
    {
        if (_spent) return TooMany;
        _spent = true;
        if (await users.IsLockedOutAsync(user)) return LockedOut;
        if (await isRight())
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? LockedOut : wrong;
    }
}
