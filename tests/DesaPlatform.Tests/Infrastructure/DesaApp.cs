using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh database (one per test class), with the demo accounts and a few more users for scope
/// tests. Requests go through the whole HTTP pipeline.
/// </summary>
public sealed class DesaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Pass-2026";

    private TestDatabase? _database;
    private readonly string _portal = TestPortal.Create();

    /// <summary>The stand-in for web/dist this host serves (<see cref="TestPortal"/>).</summary>
    public string PortalPath => _portal;

    /// <summary>Users beyond the demo accounts: (user name, role, scope).</summary>
    public static readonly IReadOnlyList<(string UserName, UserRole Role, string RegionCode)> ExtraUsers =
    [
        ("op.lubukdagang", UserRole.VillageOperator, "61.01.01.2002"),
        ("op.sengkubang", UserRole.VillageOperator, "61.02.01.2001"),
        ("dpmd.mempawah", UserRole.RegencyStaff, "61.02"),
        ("viewer.sambas", UserRole.Viewer, "61.01"),
    ];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        foreach (var (userName, role, regionCode) in ExtraUsers)
        {
            var result = await users.CreateAsync(new DesaUser { UserName = userName, FullName = userName, Role = role, RegionCode = regionCode }, Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Desa", _database!.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        // The synthetic rosters take seconds to write: only the tests about them turn them on (SampleDataTests).
        builder.UseSetting("Demo:SampleData", "false");
        builder.UseSetting("DESA_DEMO_PASSWORD", Password);
        builder.UseSetting("Portal:Path", _portal);
    }

    public async Task<GraphQLClient> SignInAsync(string userName)
    {
        var http = CreateClient();
        var response = await http.PostAsJsonAsync("/auth/login", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GraphQLClient(http);
    }

    public GraphQLClient Anonymous() => new(CreateClient());

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        Directory.Delete(_portal, recursive: true);
    }
}
