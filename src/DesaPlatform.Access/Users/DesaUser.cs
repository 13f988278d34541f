using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users;

/// <summary>
/// A platform account: one role and one region (its scope) each. The methods change what an administrator may change;
/// saving them through <c>UserManager.UpdateSecurityStampAsync</c> ends the account's sessions at once.
/// </summary>
public sealed class DesaUser : IdentityUser, IRegionOwned
{
    public string FullName { get; set; } = "";
    public UserRole Role { get; set; }
    public string RegionCode { get; set; } = "";

    /// <summary>Switched off by an administrator: cannot sign in, and existing sessions stop working.</summary>
    public bool IsDisabled { get; private set; }

    /// <summary>The password is a one-time password: the user may do nothing else until they replace it.</summary>
    public bool MustChangePassword { get; private set; }

    public DateTime? LastSignInAt { get; private set; }

    public void Disable() => IsDisabled = true;

    /// <summary>Lets the user sign in again: enabled, and any lockout lifted.</summary>
    public void Enable()
    {
        IsDisabled = false;
        LiftLockout();
    }

    public void ChangeAccess(UserRole role, string regionCode)
    {
        Role = role;
        RegionCode = regionCode;
    }

    public void IssueOneTimePassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = true;
        LiftLockout();
    }

    public void PasswordChanged() => MustChangePassword = false;

    public void SignedIn(DateTime at) => LastSignInAt = at;

    private void LiftLockout()
    {
        LockoutEnd = null;
        AccessFailedCount = 0;
    }
}
