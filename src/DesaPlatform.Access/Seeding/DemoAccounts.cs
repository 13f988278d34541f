using System.Security.Cryptography;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.Access.Seeding;

/// <summary>
/// The demo accounts (demo mode: on with the embedded database, off with PostgreSQL unless <c>Demo:Enabled</c>).
/// Their password is <c>DESA_DEMO_PASSWORD</c> if set, else generated and printed once, when they are created.
/// Starting with <c>DESA_DEMO_PASSWORD</c> set also gives accounts that already exist that password (and lifts
/// a lockout): the documented way to choose a new one when the printed one is lost.
/// </summary>
internal sealed class DemoAccounts(UserManager<DesaUser> users, IConfiguration configuration)
{
    public static readonly IReadOnlyList<(string UserName, string FullName, UserRole Role, string RegionCode)> All =
    [
        ("admin.kalbar", "Admin DPMPD Kalimantan Barat", UserRole.ProvinceAdmin, "61"),
        ("dpmd.sambas", "Staf DPMD Kabupaten Sambas", UserRole.RegencyStaff, "61.01"),
        ("op.dalamkaum", "Operator Desa Dalam Kaum", UserRole.VillageOperator, "61.01.01.2001"),
        ("bpjs.kalbar", "BPJS Ketenagakerjaan Kalimantan Barat", UserRole.Viewer, "61"),
        ("bpjs.sambas", "Petugas BPJS Ketenagakerjaan Cabang Singkawang (Sambas)", UserRole.BpjsOfficer, "61.01"),
        ("kemendagri", "Pemantau Nasional Kemendagri", UserRole.Viewer, RegionCode.Country),
    ];

    public string? ChosenPassword => configuration["DESA_DEMO_PASSWORD"] is { Length: > 0 } given ? given : null;

    /// <summary>
    /// Creates the accounts that are missing and gives the others the chosen password, if one is set; returns the
    /// password when it made any account, else null.
    /// </summary>
    public async Task<string?> EnsureAsync()
    {
        var password = ChosenPassword ?? Generate();
        var created = false;
        foreach (var account in All)
        {
            var user = await users.FindByNameAsync(account.UserName);
            if (user is null)
            {
                await CreateAsync(account, password);
                created = true;
            }
            else if (ChosenPassword is { } chosen && !await users.CheckPasswordAsync(user, chosen))
            {
                await SetPasswordAsync(user, chosen);
            }
        }
        return created ? password : null;
    }

    private async Task CreateAsync((string UserName, string FullName, UserRole Role, string RegionCode) account, string password)
    {
        var user = new DesaUser { UserName = account.UserName, FullName = account.FullName, Role = account.Role, RegionCode = account.RegionCode };
        Ensure(await users.CreateAsync(user, password), account.UserName);
    }

    private async Task SetPasswordAsync(DesaUser user, string password)
    {
        Ensure(await users.RemovePasswordAsync(user), user.UserName!);
        Ensure(await users.AddPasswordAsync(user, password), user.UserName!);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    private static void Ensure(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Demo account {userName} not set up: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    private static string Generate() =>
        "Desa-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant() + "-K7";
}
