using System.Data;
using System.Data.Common;
using DangVu.Core.Members;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Members;

/// <summary>How far a reader of <see cref="MemberNameFeed"/> has read: see there for what the numbers mean.</summary>
internal sealed record MemberFeedMark(long Inserted, long Changed, long[] InProgress);

/// <summary>
/// Which members' names, places or what a search shows of them changed since a reader last looked, from any
/// process — the web server and a command-line import alike. Every row written carries a mark that only grows in the
/// order writes commit:
/// <list type="bullet">
/// <item>PostgreSQL: each row's <see cref="ChangedIn"/> column holds the id of the transaction that last wrote it (a
/// default on insert, a trigger on update). A reader keeps its snapshot's xmax and the transactions then in progress
/// (xip): every transaction below xmax and not in progress had ended, so its rows were read then; next time it reads
/// rows of later transactions and of those in progress — each row once, after its transaction commits, however long
/// another transaction (an import) stays open.</item>
/// <item>SQLite: one writer at a time, so a new row's rowid grows in commit order, and a trigger logs each update in
/// <see cref="ChangeLog"/> under an AUTOINCREMENT number. Inserts need no log, so imports pay nothing.</item>
/// </list>
/// </summary>
internal static class MemberNameFeed
{
    public const string ChangedIn = "NameChangedIn";
    public const string ChangeLog = "MemberNameChanges";

    private const string Columns = """ "Id", "GivenName", "SortName", "OrganizationPath", "OrganizationId", "BirthDate", "Gender", "Status", "CardNumber", "IsSynthetic" """;
    private const string MemberColumns = """ m."Id", m."GivenName", m."SortName", m."OrganizationPath", m."OrganizationId", m."BirthDate", m."Gender", m."Status", m."CardNumber", m."IsSynthetic" """;

    /// <summary>Every member, in the database's name order, and the mark to read changes from.</summary>
    public static async Task<MemberNameSnapshot> ReadAllAsync(DangVuDbContext context, CancellationToken cancellationToken)
    {
        return await InSnapshotAsync(context, async (transaction, mark) =>
        {
            var builder = new MemberNameSnapshot.Builder();
            await using var command = Command(transaction, $"""SELECT {Columns} FROM "Members" {MemberSearchStatement.NameOrder}""");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                builder.Add(Member(reader));
            }

            return builder.Build(mark);
        }, cancellationToken);
    }

    /// <summary>
    /// The members written since <paramref name="since"/> as they now are, with the new mark; null when there are
    /// more than <paramref name="limit"/> (a large import), which a fresh snapshot serves better.
    /// </summary>
    public static async Task<(List<IndexedMember> Members, MemberFeedMark Mark)?> ReadChangesAsync(
        DangVuDbContext context, MemberFeedMark since, int limit, CancellationToken cancellationToken)
    {
        return await InSnapshotAsync<(List<IndexedMember>, MemberFeedMark)?>(context, async (transaction, mark) =>
        {
            var sql = context.Database.IsNpgsql()
                // Ordered by the mark so that the planner reads its index, not every member, for the usual empty answer;
                // two ranges of the mark's index, each read as one (an OR made the planner walk the index from its start).
                ? $"""
                   (SELECT {Columns} FROM "Members" WHERE "{ChangedIn}" >= @changed ORDER BY "{ChangedIn}" LIMIT @limit)
                   UNION ALL
                   (SELECT {Columns} FROM "Members" WHERE "{ChangedIn}" = ANY(@inProgress) LIMIT @limit)
                   """
                : $"""
                   SELECT {Columns} FROM "Members" WHERE rowid > @inserted
                   UNION ALL
                   SELECT {MemberColumns} FROM (SELECT DISTINCT "MemberId" FROM "{ChangeLog}" WHERE "Stamp" > @changed) AS c
                   JOIN "Members" AS m ON m."Id" = c."MemberId"
                   LIMIT @limit
                   """;
            await using var command = Command(transaction, sql);
            Add(command, "inserted", since.Inserted);
            Add(command, "changed", since.Changed);
            Add(command, "limit", limit + 1);
            Add(command, "inProgress", since.InProgress);
            var members = new List<IndexedMember>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                members.Add(Member(reader));
            }

            return members.Count > limit ? null : (members, mark);
        }, cancellationToken);
    }

    // Reads the mark and then the rows in one snapshot of the database, on a connection of its own.
    private static async Task<T> InSnapshotAsync<T>(
        DangVuDbContext context, Func<DbTransaction, MemberFeedMark, Task<T>> read, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A deferred SQLite transaction takes no write lock, so it neither waits for nor blocks an import.
            await using var transaction = context.Database.GetDbConnection() is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await context.Database.GetDbConnection().BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            return await InSnapshotAsync(context.Database.IsNpgsql(), transaction, read, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<T> InSnapshotAsync<T>(
        bool postgres, DbTransaction dbTransaction, Func<DbTransaction, MemberFeedMark, Task<T>> read, CancellationToken cancellationToken)
    {
        var markSql = postgres
            ? "SELECT 0, pg_snapshot_xmax(pg_current_snapshot())::text::bigint, ARRAY(SELECT pg_snapshot_xip(pg_current_snapshot())::text::bigint)"
            : $"""SELECT (SELECT COALESCE(MAX(rowid), 0) FROM "Members"), (SELECT COALESCE(MAX("Stamp"), 0) FROM "{ChangeLog}")""";
        MemberFeedMark mark;
        await using (var command = Command(dbTransaction, markSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            mark = new MemberFeedMark(reader.GetInt64(0), reader.GetInt64(1), postgres ? reader.GetFieldValue<long[]>(2) : []);
        }

        var result = await read(dbTransaction, mark);
        await dbTransaction.CommitAsync(cancellationToken);
        return result;
    }

    private static IndexedMember Member(DbDataReader reader)
    {
        var givenName = reader.GetString(1);
        return new IndexedMember(
            reader.GetGuid(0),
            givenName,
            IndexedMember.FamilyNameOf(givenName, reader.GetString(2)),
            reader.GetString(3),
            reader.GetGuid(4),
            reader.GetFieldValue<DateOnly>(5),
            Enum.Parse<Gender>(reader.GetString(6)),
            Enum.Parse<MemberStatus>(reader.GetString(7)),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.GetBoolean(9));
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant text; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (!command.CommandText.Contains("@" + name, StringComparison.Ordinal))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The feed's column and index on PostgreSQL; on SQLite, saves that work with the log's AFTER trigger.</summary>
    public static void Configure(EntityTypeBuilder<PartyMember> member, bool postgres)
    {
        if (postgres)
        {
            member.Property<long>(ChangedIn).HasDefaultValueSql("pg_current_xact_id()::text::bigint");
            member.HasIndex(ChangedIn);
        }
        else
        {
            // SQLite's RETURNING does not see what an AFTER trigger does, and EF refuses it on such a table.
            member.ToTable(table => table.UseSqlReturningClause(false));
        }
    }
}
