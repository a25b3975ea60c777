using DangVu.Data;
using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DangVu.TestCommon.Databases;

/// <summary>A fresh, migrated database on one provider: a temporary SQLite file or a new database in the private cluster.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseTarget target, string? sqliteFolder)
    {
        Target = target;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseTarget Target { get; }

    public DatabaseProvider Provider => Target.Provider;

    /// <summary>Creates an empty database; <paramref name="migrate"/> applies the real migrations (not EnsureCreated).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"dangvu-test-{Guid.NewGuid():N}");
            database = new TestDatabase(DatabaseTarget.Parse(Path.Combine(folder, "dangvu.db")), folder);
        }
        else
        {
            var cluster = await PostgresCluster.SharedAsync();
            database = new TestDatabase(DatabaseTarget.Parse(await cluster.CreateDatabaseAsync()), null);
        }

        if (migrate)
        {
            await using var services = database.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        return database;
    }

    /// <summary>The data services on this database, as the app registers them.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Target);
        configure?.Invoke(services);
        services.AddDangVuData();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A raw SQL statement, as an operator at the database prompt would type it.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_sqliteFolder is not null && Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        await Task.CompletedTask;
    }
}

/// <summary>Runs a data test once per provider (architecture.md §13).</summary>
public sealed class BothDatabases : TheoryData<DatabaseProvider>
{
    public BothDatabases()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}
