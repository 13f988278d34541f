namespace DesaPlatform.Access.Account.BeginTwoFactorSetup;

/// <summary>What an authenticator app needs: the key to type in, or the otpauth URI to show as a QR code.</summary>
internal sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);
