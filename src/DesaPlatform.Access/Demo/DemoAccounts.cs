using System.Security.Cryptography;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.Access.Demo;

/// <summary>
/// The demo accounts (demo mode: on with the embedded database, off with PostgreSQL unless <c>Demo:Enabled</c>).
/// Their password is <c>DESA_DEMO_PASSWORD</c> if set, else generated and printed once, when they are created.
/// </summary>
internal sealed class DemoAccounts(UserManager<DesaUser> users, IConfiguration configuration)
{
    public static readonly IReadOnlyList<(string UserName, string FullName, UserRole Role, string RegionCode)> All =
    [
        ("admin.kalbar", "Admin DPMPD Kalimantan Barat", UserRole.ProvinceAdmin, "61"),
        ("dpmd.sambas", "Staf DPMD Kabupaten Sambas", UserRole.RegencyStaff, "61.01"),
        ("op.dalamkaum", "Operator Desa Dalam Kaum", UserRole.VillageOperator, "61.01.01.2001"),
        ("bpjs.kalbar", "BPJS Ketenagakerjaan Kalimantan Barat", UserRole.Viewer, "61"),
    ];

    /// <summary>Creates the accounts that are missing; returns the password when it made any, else null.</summary>
    public async Task<string?> EnsureAsync()
    {
        var missing = new List<(string UserName, string FullName, UserRole Role, string RegionCode)>();
        foreach (var account in All)
        {
            if (await users.FindByNameAsync(account.UserName) is null) missing.Add(account);
        }
        if (missing.Count == 0) return null;

        var password = configuration["DESA_DEMO_PASSWORD"] is { Length: > 0 } given ? given : Generate();
        foreach (var (userName, fullName, role, regionCode) in missing)
        {
            var user = new DesaUser { UserName = userName, FullName = fullName, Role = role, RegionCode = regionCode };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException(
                    $"Demo account {userName} not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
        return password;
    }

    private static string Generate() =>
        "Desa-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant() + "-K7";
}
