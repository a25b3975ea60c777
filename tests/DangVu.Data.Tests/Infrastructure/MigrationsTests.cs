using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Infrastructure;

public sealed class MigrationsTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryMigrationAndMatchesModel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();

        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(applied);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no migration covers: add one for both providers.");
        var head = await context.AuditHeads.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, head.Sequence);
        Assert.Equal(provider == DatabaseProvider.Postgres, context.Database.IsNpgsql());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();

        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(applied);
    }
}
