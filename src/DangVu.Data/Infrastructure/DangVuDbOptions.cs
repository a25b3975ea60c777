using DangVu.Data.Statistics;
using DangVu.Data.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Infrastructure;

/// <summary>Chooses the provider and its migrations assembly; shared by the app and the design-time factories.</summary>
public static class DangVuDbOptions
{
    public const string SqliteMigrationsAssembly = "DangVu.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "DangVu.Data.Postgres";

    public static DbContextOptionsBuilder Configure(this DbContextOptionsBuilder options, DatabaseTarget target)
    {
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(target.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(new VietnameseCollation());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(target.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target.Provider, "Unknown provider.");
        }

        // Every context counts its members' changes, whoever configures it.
        options.AddInterceptors(new MemberCountingInterceptor());
        return options;
    }
}
