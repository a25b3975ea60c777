using System.Data.Common;
using DangVu.Core.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DangVu.Data.Text;

/// <summary>
/// ICU's Vietnamese order in the database: PostgreSQL's predefined ICU collation, and on SQLite the
/// same .NET (ICU) comparison registered on every connection, so indexes and ORDER BY agree with the app.
/// </summary>
public sealed class VietnameseCollation : DbConnectionInterceptor
{
    public const string Sqlite = "vi";
    public const string Postgres = "vi-VN-x-icu";

    public static string NameFor(DatabaseFacade database) => database.IsNpgsql() ? Postgres : Sqlite;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Register(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    /// <summary>Adds the collation to a SQLite connection; other connections need nothing.</summary>
    public static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(Sqlite, VietnameseText.Compare);
        }
    }
}
