using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Users;

/// <summary>A platform account: one role and one region (its scope) each.</summary>
public sealed class DesaUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public UserRole Role { get; set; }
    public string RegionCode { get; set; } = "";
}
