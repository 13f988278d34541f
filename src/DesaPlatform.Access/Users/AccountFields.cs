using System.Net.Mail;
using System.Text.RegularExpressions;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Users;

/// <summary>The checks of a new account's own fields, shared by <c>createUser</c> and <c>importOperators</c>.</summary>
internal static partial class AccountFields
{
    public const int MaxFullNameLength = 100;

    /// <summary>Lower-case, as people are told their user name; sign-in does not care about case.</summary>
    public static string NormalizeUserName(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    public static UserError? CheckUserName(string userName) =>
        UserNamePattern().IsMatch(userName)
            ? null
            : new UserError("INVALID_USER_NAME",
                "Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.", "userName");

    public static UserError? CheckFullName(string fullName) =>
        fullName.Length is > 0 and <= MaxFullNameLength
            ? null
            : new UserError("INVALID_NAME", $"Nama lengkap wajib diisi (paling banyak {MaxFullNameLength} huruf).", "fullName");

    /// <summary>An address as a person writes it, and short enough for the account's column (256).</summary>
    public static bool IsEmail(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.');

    /// <summary>Digits with an optional leading +, after dropping the spaces and dashes people write; null when it is not a phone number.</summary>
    public static string? NormalizePhone(string value)
    {
        var phone = value.Replace(" ", "").Replace("-", "");
        return PhonePattern().IsMatch(phone) ? phone : null;
    }

    public static UserError InvalidEmail(string field) => new("INVALID_EMAIL", "Alamat email tidak valid.", field);

    public static UserError InvalidPhone(string field) =>
        new("INVALID_PHONE", "Nomor telepon berisi 9–15 angka, boleh diawali +.", field);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,49}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^\+?[0-9]{9,15}$")]
    private static partial Regex PhonePattern();
}
