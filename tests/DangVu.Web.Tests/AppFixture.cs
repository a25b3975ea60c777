using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;

namespace DangVu.Web.Tests;

/// <summary>One running app per test class, on its own SQLite database (PostgreSQL where a test says so).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public DangVuAppFactory Factory { get; private set; } = null!;

    public string AdminOneTimePassword { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        Factory = new DangVuAppFactory(_database);
        AdminOneTimePassword = Factory.StartAndGetAdminPassword();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
