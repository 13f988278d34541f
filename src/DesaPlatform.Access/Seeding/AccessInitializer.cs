using DesaPlatform.Access.Persistence;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Access.Seeding;

internal sealed class AccessInitializer(
    AccessDbContext db, DemoAccounts demo, AccessSettings settings, ILogger<AccessInitializer> log)
    : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (!settings.DemoEnabled) return;
        var password = await demo.EnsureAsync();
        var accounts = string.Join(Environment.NewLine, DemoAccounts.All.Select(a => $"  {a.UserName,-14} {a.Role,-16} {(a.RegionCode == RegionCode.Country ? "\"\" (Indonesia)" : a.RegionCode)}"));
        log.LogInformation("Demo accounts:{NewLine}{Accounts}", Environment.NewLine, accounts);
        if (demo.ChosenPassword is not null) return;
        Console.WriteLine(password is not null
            ? $"Demo password (shown once; set DESA_DEMO_PASSWORD to choose it): {password}"
            : "Demo password lost? Start with DESA_DEMO_PASSWORD=<new password> and the demo accounts take it.");
    }
}
