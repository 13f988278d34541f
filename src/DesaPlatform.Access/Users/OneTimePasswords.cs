using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.Users;

/// <summary>
/// Passwords an administrator hands over (new account, reset): random, shown once, to be replaced at first sign-in.
/// Three groups of four letters and digits joined by dashes, e.g. <c>Kx7m-Pq4r-Zt9w</c>: every Identity rule holds.
/// </summary>
internal static class OneTimePasswords
{
    // No 0/O, 1/l/I: they are read off a screen or a printout. 57 symbols × 12 ≈ 70 random bits.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    // Key stretching protects passwords people choose; against 70 random bits a tenth of Identity's 100,000 PBKDF2
    // rounds changes nothing an attacker could use, and it lets an import of hundreds of accounts answer in seconds.
    // Identity rehashes at full strength at the first sign-in, and the user must choose a new password right after.
    private static readonly PasswordHasher<DesaUser> Hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));

    public static string Generate()
    {
        while (true)
        {
            var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
            var password = $"{new string(symbols, 0, 4)}-{new string(symbols, 4, 4)}-{new string(symbols, 8, 4)}";
            if (password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiDigit))
                return password;
        }
    }

    /// <summary>Gives the user a new one-time password and returns it; thread-safe, so an import can hash in parallel.</summary>
    public static string IssueTo(DesaUser user)
    {
        var password = Generate();
        user.IssueOneTimePassword(Hasher.HashPassword(user, password));
        return password;
    }
}
