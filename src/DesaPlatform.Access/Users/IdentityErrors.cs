using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users;

/// <summary>Identity's refusals as user errors, in Bahasa Indonesia.</summary>
internal static class IdentityErrors
{
    public static IReadOnlyList<UserError> ToUserErrors(this IdentityResult result, string? field = null) =>
        result.Errors.Select(e => ToUserError(e, field)).ToList();

    public static UserError WrongPassword => new("WRONG_PASSWORD", "Kata sandi saat ini salah.", "currentPassword");

    private static UserError ToUserError(IdentityError error, string? field) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => WrongPassword,
        nameof(IdentityErrorDescriber.PasswordTooShort) => new("PASSWORD_TOO_SHORT", "Kata sandi paling sedikit 10 karakter.", field),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new("PASSWORD_REQUIRES_DIGIT", "Kata sandi harus berisi angka.", field),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new("PASSWORD_REQUIRES_LOWER", "Kata sandi harus berisi huruf kecil.", field),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new("PASSWORD_REQUIRES_UPPER", "Kata sandi harus berisi huruf besar.", field),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) =>
            new("PASSWORD_REQUIRES_SYMBOL", "Kata sandi harus berisi simbol, misalnya - atau !.", field),
        nameof(IdentityErrorDescriber.DuplicateUserName) => new("USER_NAME_TAKEN", "Nama pengguna ini sudah dipakai.", "userName"),
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => new("CONFLICT", "Akun ini baru saja diubah orang lain; muat ulang lalu coba lagi.", null),
        _ => new("ACCOUNT_NOT_SAVED", "Perubahan akun tidak dapat disimpan.", field),
    };
}
