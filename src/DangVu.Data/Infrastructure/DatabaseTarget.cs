using Microsoft.Data.Sqlite;
using Npgsql;

namespace DangVu.Data.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives, parsed from <c>--db</c>: a SQLite file path or a PostgreSQL connection string.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display)
{
    public const string DefaultSqlitePath = "data/dangvu.db";

    /// <summary>
    /// Accepts a file path (SQLite), a <c>postgres://user:pass@host:port/db</c> URL or a
    /// <c>Host=…;Database=…</c> string (PostgreSQL). Throws <see cref="DatabaseTargetException"/> with
    /// a Vietnamese message for anything else.
    /// </summary>
    public static DatabaseTarget Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqlitePath : value.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromPostgresUrl(text);
        }

        if (text.Contains('='))
        {
            return FromKeyValue(text);
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            throw new DatabaseTargetException(
                $"Không nhận ra dạng --db \"{text}\": dùng đường dẫn tệp SQLite, postgres://… hoặc Host=…;Database=….");
        }

        return FromSqlitePath(text);
    }

    /// <summary>
    /// Refuses a SQLite file that does not exist yet, for verbs that only read: opening it would create an
    /// empty file and then fail on a missing table.
    /// </summary>
    public DatabaseTarget RequireExisting()
    {
        if (Provider == DatabaseProvider.Sqlite && !File.Exists(Display))
        {
            throw new DatabaseTargetException($"Chưa có tệp dữ liệu {Display}: hãy kiểm tra --db, hoặc tạo mới bằng “dangvu migrate”.");
        }

        return this;
    }

    private static DatabaseTarget FromSqlitePath(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
        };
        return new(DatabaseProvider.Sqlite, builder.ToString(), fullPath);
    }

    /// <summary>How many of its most used statements each PostgreSQL connection keeps prepared, unless told otherwise.</summary>
    public const int AutoPreparedStatements = 32;

    private static DatabaseTarget FromKeyValue(string text)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException exception)
        {
            throw new DatabaseTargetException($"Chuỗi kết nối PostgreSQL không hợp lệ: {exception.Message}");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new DatabaseTargetException(
                "Chuỗi kết nối --db thiếu Host=…: với SQLite hãy đưa đường dẫn tệp, với PostgreSQL Host=…;Database=….");
        }

        return Postgres(builder);
    }

    private static DatabaseTarget FromPostgresUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new DatabaseTargetException($"Địa chỉ PostgreSQL không hợp lệ: \"{text}\".");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : "dangvu",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(parts[0])] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "true";
            }
            catch (ArgumentException)
            {
                throw new DatabaseTargetException($"Tham số không hợp lệ trong địa chỉ PostgreSQL: \"{parts[0]}\".");
            }
        }

        return Postgres(builder);
    }

    private static DatabaseTarget Postgres(NpgsqlConnectionStringBuilder builder)
    {
        // Statements the app runs again and again (a name search's look-up by id above all) are prepared once per
        // connection rather than parsed and planned each time: 40 % more searches a second on the nation
        // (docs/benchmarks.md). A connection string that sets its own number, 0 included, keeps it; the builder's text
        // holds only the keys that were set.
        if (!builder.ConnectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        var display = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        return new(DatabaseProvider.Postgres, builder.ConnectionString, display);
    }
}

/// <summary>A <c>--db</c> value DangVu cannot use; the message is for the user, in Vietnamese.</summary>
public sealed class DatabaseTargetException(string message) : Exception(message);
