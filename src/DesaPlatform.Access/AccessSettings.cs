using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.Access;

/// <summary>
/// <c>Demo:Enabled</c> (default: on with the embedded database) and <c>Access:RequireTwoFactorForProvinceAdmins</c>
/// (default: on outside demo mode, so that the demo accounts sign in with a password alone).
/// </summary>
internal sealed class AccessSettings
{
    public AccessSettings(IConfiguration configuration, DatabaseSettings database)
    {
        DemoEnabled = configuration.GetValue("Demo:Enabled", database.IsEmbedded);
        RequireTwoFactorForProvinceAdmins = configuration.GetValue("Access:RequireTwoFactorForProvinceAdmins", !DemoEnabled);
    }

    public bool DemoEnabled { get; }
    public bool RequireTwoFactorForProvinceAdmins { get; }

    public bool RequiresTwoFactor(UserRole role) => role == UserRole.ProvinceAdmin && RequireTwoFactorForProvinceAdmins;
}
