using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DangVu.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL (no server is contacted).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<DangVuDbContext>
{
    public DangVuDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DangVuDbContext>();
        options.Configure(DatabaseTarget.Parse("Host=localhost;Database=dangvu_design"));
        return new DangVuDbContext(options.Options);
    }
}
