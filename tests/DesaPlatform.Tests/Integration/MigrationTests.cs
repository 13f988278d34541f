using DesaPlatform.Access.Persistence;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.Targets.Persistence;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration;

/// <summary>Every model change ships with its migration, for the provider this run uses (run.sh runs both).</summary>
public sealed class MigrationTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Theory]
    [InlineData(typeof(AccessDbContext))]
    [InlineData(typeof(RegionsDbContext))]
    [InlineData(typeof(MembershipDbContext))]
    [InlineData(typeof(BudgetingDbContext))]
    [InlineData(typeof(TargetsDbContext))]
    public void The_migrations_cover_the_model(Type context)
    {
        using var scope = app.Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(context);
        Assert.False(db.Database.HasPendingModelChanges(), $"{context.Name} changed without a migration: see README, Changing the database.");
        Assert.Empty(db.Database.GetPendingMigrations());
    }
}
