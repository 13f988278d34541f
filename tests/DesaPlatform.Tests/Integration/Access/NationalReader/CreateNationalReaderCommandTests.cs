using DesaPlatform.Access.Users;
using DesaPlatform.Host;
using DesaPlatform.Host.Commands;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access.NationalReader;

/// <summary><c>create national-reader USERNAME [--name "FULL NAME"]</c>: the platform operator's way to the national scope.</summary>
public sealed class CreateNationalReaderCommandTests
{
    [Theory]
    [InlineData(new[] { "create", "national-reader", "kemendagri.pusat" }, "kemendagri.pusat", null)]
    [InlineData(new[] { "create", "national-reader", "kemendagri.pusat", "--name", "Ditjen Bina Pemdes" }, "kemendagri.pusat", "Ditjen Bina Pemdes")]
    public void The_command_names_the_account_and_may_name_its_holder(string[] args, string userName, string? fullName) =>
        Assert.Equal(new HostCommand("create", "national-reader", userName, false, null, fullName), HostCommand.Parse(args));

    [Theory]
    [InlineData("create")]
    [InlineData("create", "national-reader")]
    [InlineData("create", "admin", "root")]
    [InlineData("create", "national-reader", "a", "--name")]
    [InlineData("create", "national-reader", "a", "--root", "61")]
    public void Anything_else_is_a_usage_error(params string[] args) => Assert.Equal("", HostCommand.Parse(args)!.Verb);

    [Fact]
    public async Task The_command_creates_the_account_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Desa"] = database.ConnectionString;
        builder.Configuration["Demo:Enabled"] = "false";
        builder.AddDesaModules(quiet: true);
        await using var app = builder.Build();

        var created = await app.RunCommandAsync(HostCommand.Parse(["create", "national-reader", "kemendagri.pusat", "--name", "Ditjen Bina Pemdes"])!);
        var again = await app.RunCommandAsync(HostCommand.Parse(["create", "national-reader", "kemendagri.pusat"])!);

        Assert.Equal((0, 1), (created, again));
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>().FindByNameAsync("kemendagri.pusat");
        Assert.NotNull(user);
        Assert.Equal((UserRole.Viewer, "", "Ditjen Bina Pemdes", true), (user.Role, user.RegionCode, user.FullName, user.MustChangePassword));
    }
}
