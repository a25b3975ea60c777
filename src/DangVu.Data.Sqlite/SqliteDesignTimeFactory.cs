using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DangVu.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DangVuDbContext>
{
    public DangVuDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DangVuDbContext>();
        options.Configure(DatabaseTarget.Parse("design-time.db"));
        return new DangVuDbContext(options.Options);
    }
}
