namespace DesaPlatform.SharedKernel.Access;

/// <summary>What a signed-in user must finish before using anything but their own account's setup.</summary>
public enum AccountSetupStep
{
    /// <summary>The password is a one-time password from an administrator.</summary>
    ChangePassword,

    /// <summary>The role requires two-factor sign-in and it is not on yet.</summary>
    EnableTwoFactor,
}
