using DangVu.Data.Statistics;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Infrastructure;

/// <summary>Brings the schema up to date on either provider, with the real migrations.</summary>
public sealed class DatabaseMigrator(DangVuDbContext context, DatabaseTarget target)
{
    /// <summary>Applies pending migrations; returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFolder(target.Display);
        }

        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; it is a property of the file, so set once here.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Any(name => name.EndsWith("_MemberCounts", StringComparison.Ordinal)) && await context.Members.AnyAsync(cancellationToken))
        {
            // The counters arrive empty beside members already on file: count those once.
            await MemberCounters.RecountAsync(context, cancellationToken);
        }

        return pending;
    }

    private static void PrepareSqliteFolder(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".dangvu-write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseTargetException(
                $"Không ghi được vào thư mục dữ liệu \"{folder}\" ({exception.Message}). Hãy chọn --db ở thư mục có quyền ghi.");
        }
    }
}
