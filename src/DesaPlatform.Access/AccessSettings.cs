using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Demo;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.Access;

/// <summary>
/// Demo mode (<see cref="DemoSettings"/>) and <c>Access:RequireTwoFactorForProvinceAdmins</c> (default: on outside demo
/// mode, so that the demo accounts sign in with a password alone).
/// </summary>
internal sealed class AccessSettings
{
    public AccessSettings(IConfiguration configuration, DemoSettings demo)
    {
        DemoEnabled = demo.Enabled;
        RequireTwoFactorForProvinceAdmins = configuration.GetValue("Access:RequireTwoFactorForProvinceAdmins", !DemoEnabled);
    }

    public bool DemoEnabled { get; }
    public bool RequireTwoFactorForProvinceAdmins { get; }

    public bool RequiresTwoFactor(UserRole role) => role == UserRole.ProvinceAdmin && RequireTwoFactorForProvinceAdmins;
}
