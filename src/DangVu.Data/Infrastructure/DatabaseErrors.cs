using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DangVu.Data.Infrastructure;

/// <summary>Turns the ways a database can be unreachable or unusable into one Vietnamese line for the user.</summary>
public static class DatabaseErrors
{
    /// <summary>The user-facing line for a database failure, or null when the exception is not one.</summary>
    public static string? Describe(Exception exception, DatabaseTarget target)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseTargetException:
                    return current.Message;
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.InvalidPassword
                    || postgres.SqlState == PostgresErrorCodes.InvalidAuthorizationSpecification:
                    return $"PostgreSQL từ chối đăng nhập tại {target.Display}: {postgres.MessageText}";
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.InvalidCatalogName:
                    return $"Không có cơ sở dữ liệu {target.Display}: hãy tạo nó trước (createdb).";
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or TimeoutException
                    || npgsql.IsTransient:
                    return $"Không kết nối được PostgreSQL tại {target.Display}: {npgsql.InnerException?.Message ?? npgsql.Message}";
                case SqliteException sqlite:
                    return $"Không mở được tệp dữ liệu SQLite {target.Display}: {sqlite.Message}";
            }
        }

        return null;
    }

    /// <summary>Whether a save failed on a unique index (two requests took the same value at once).</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555) are both "already there".
            if (current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                || current is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 })
            {
                return true;
            }
        }

        return false;
    }
}
