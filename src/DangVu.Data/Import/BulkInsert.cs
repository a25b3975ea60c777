using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DangVu.Data.Import;

/// <summary>
/// Writes many new rows of one entity type straight to its table, inside the context's current transaction: binary
/// COPY on PostgreSQL, one prepared INSERT re-bound per row on SQLite. Tables, columns and value conversions come from
/// the EF model, so the rows are exactly what SaveChanges would have written — without the change tracker, and without
/// the per-row audit entries (the caller records one audit event for the whole load).
/// </summary>
public static class BulkInsert
{
    public static async Task RowsAsync<T>(DangVuDbContext context, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = BulkTable.Of(context, typeof(T));
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, rows, cancellationToken);
        }
        else
        {
            await InsertAsync(connection, transaction, table, rows, cancellationToken);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(column => $"\"{column.Name}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                var value = column.Read(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", table.Columns.Select(column => $"\"{column.Name}\""));
        var parameters = string.Join(", ", table.Columns.Select((_, index) => $"@p{index}"));
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({parameters})";
        var bound = table.Columns.Select((column, index) => column.Mapping.CreateParameter(command, $"@p{index}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(bound);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var index = 0; index < bound.Length; index++)
            {
                bound[index].Value = table.Columns[index].Read(row!) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>A table as the EF model maps it: its name and each column with how to read its stored value from an entity.</summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Entity, string Provider), BulkTable> Cache = new();

    public static BulkTable Of(DbContext context, Type entity) =>
        Cache.GetOrAdd((entity, context.Database.ProviderName ?? string.Empty), _ =>
        {
            var type = context.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not mapped.");
            var name = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(name, type.GetSchema());
            var columns = type.GetProperties()
                .Where(property => !property.IsShadowProperty())
                .Select(property => BulkColumn.Of(property, store))
                .ToList();
            return new BulkTable(name, columns);
        });
}

internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, Func<object, object?> Read, NpgsqlDbType PostgresType)
{
    public static BulkColumn Of(IProperty property, StoreObjectIdentifier store)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var getter = property.GetGetter();
        var converter = mapping.Converter;
        Func<object, object?> read = converter is null
            ? entity => getter.GetClrValueUsingContainingEntity(entity)
            : entity => getter.GetClrValueUsingContainingEntity(entity) is { } value ? converter.ConvertToProvider(value) : null;
        var providerType = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
        return new BulkColumn(property.GetColumnName(store)!, mapping, read, PostgresTypeOf(providerType));
    }

    private static NpgsqlDbType PostgresTypeOf(Type type) => type switch
    {
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ => throw new NotSupportedException($"No bulk mapping for {type.Name}."),
    };
}
