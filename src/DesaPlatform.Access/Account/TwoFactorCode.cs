namespace DesaPlatform.Access.Account;

internal static class TwoFactorCode
{
    /// <summary>The authenticator's digits without the spaces or dashes people type between them; null when empty.</summary>
    public static string? Normalize(string? code)
    {
        var digits = code?.Replace(" ", "").Replace("-", "");
        return string.IsNullOrEmpty(digits) ? null : digits;
    }
}
