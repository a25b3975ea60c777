using System.Data.Common;
using System.Globalization;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangVu.Data.Members;

/// <summary>
/// One SQL statement of <see cref="MemberNameSearch"/>, written by hand and sent over the context's connection: the
/// search is the hottest read of the app, and EF Core's translation, parameter extraction and entity materialization
/// cost several times what the database itself spends on its few index ranges (docs/benchmarks.md). Every value
/// travels as a parameter; the text is built only from the constants below.
/// </summary>
internal sealed class MemberSearchStatement(DatabaseFacade database)
{
    public const string NameOrder = """ORDER BY "GivenName", "SortName", "Id" """;

    /// <summary>What the pages of a search select: an id and what orders it, all on the name indexes.</summary>
    public const string NameColumns = """ "Id", "GivenName", "SortName" """;

    private const string HitColumns = """ "Id", "FullName", "BirthDate", "Gender", "Status", "CardNumber", "OrganizationId", "IsSynthetic" """;

    private readonly bool _npgsql = database.IsNpgsql();
    private readonly List<(string Name, object Value)> _parameters = [];
    private readonly List<string> _commonTables = [];

    /// <summary>A placeholder for <paramref name="value"/>.</summary>
    public string Value(object value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    /// <summary>Rows with one of <paramref name="ids"/>: one array on PostgreSQL, SQLite's text form of each otherwise.</summary>
    public string IdIn(IReadOnlyList<Guid> ids) => _npgsql
        ? $"\"Id\" = ANY({Value(ids.ToArray())})"
        : $"\"Id\" IN ({string.Join(", ", ids.Select(id => Value(id.ToString().ToUpperInvariant())))})";

    public string Date(DateOnly date) => Value(_npgsql ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Rows whose <paramref name="column"/> starts with <paramref name="prefix"/>: a range on the column's index.</summary>
    public string StartsWith(string column, string prefix) =>
        $"""("{column}" >= {Value(prefix)} AND "{column}" < {Value(prefix + '\uffff')})""";

    /// <summary>The same test worded so that no index serves it, for walks of the name-order index.</summary>
    public string StartsWithUnindexed(string column, string prefix) =>
        $"""substr("{column}", 1, {Value(prefix.Length)}) = {Value(prefix)}""";

    public string BornIn(int year) => $"""("BirthDate" >= {Date(new DateOnly(year, 1, 1))} AND "BirthDate" <= {Date(new DateOnly(year, 12, 31))})""";

    public string BornInUnindexed(int year) => _npgsql
        ? $"""date_part('year', "BirthDate") = {Value(year)}"""
        : $"""substr("BirthDate", 1, 4) = {Value(year.ToString("D4", CultureInfo.InvariantCulture))}""";

    /// <summary>Members under any of the subtrees: a range of the path index each, or nothing for the whole tree.</summary>
    public string Within(IReadOnlyCollection<string> scopePaths) => scopePaths.Contains(OrganizationPath.Root)
        ? "1 = 1"
        : "(" + string.Join(" OR ", scopePaths.Distinct().Select(path => StartsWith("OrganizationPath", path))) + ")";

    public bool IsPostgres => _npgsql;

    /// <summary>
    /// Names <paramref name="select"/> for the next statement, computed once however often it is read (both databases
    /// otherwise may run a subquery once per mention).
    /// </summary>
    public string Once(string select)
    {
        var name = TableName();
        _commonTables.Add($"{name} AS MATERIALIZED ({select})");
        return name;
    }

    /// <summary>
    /// A (recursive) table of the next statement holding up to <paramref name="cap"/> distinct values of <paramref name="column"/>
    /// that start with <paramref name="prefix"/> in its column "Value" (and a NULL after the last when fewer), found by
    /// one index descent each (a loose index scan) rather than by reading every row between them.
    /// </summary>
    public string DistinctStartingWith(string column, string prefix, int cap)
    {
        var name = TableName();
        _commonTables.Add(DistinctTable(name, column, prefix, cap));
        return name;
    }

    public async Task<int> CountAsync(string where, int cap, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT COUNT(*) FROM (SELECT 1 FROM "Members" WHERE {where} LIMIT {Value(cap)}) AS "capped" """;
        await using var command = Command(sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A select of ids, first <paramref name="take"/> in name order, to be united with others.</summary>
    public string FirstIds(string where, int take) => FirstIds(where, Value(take));

    /// <summary>The same with a limit computed by SQL: both databases skip the select when it is 0.</summary>
    public string FirstIds(string where, string limit) =>
        $"""SELECT {NameColumns} FROM (SELECT {NameColumns} FROM "Members" WHERE {where} {NameOrder} LIMIT {limit}) AS "page{_parameters.Count}" """;

    /// <summary>
    /// The first <paramref name="take"/> ids in name order among the pages (selects of <see cref="NameColumns"/>), as a
    /// condition: merged from the index entries, so that only a page of member rows is then read.
    /// </summary>
    public string FirstOf(IEnumerable<string> pages, int take)
    {
        // A union of derived tables may not carry its columns' collation through; it is named again.
        var collation = _npgsql ? $"\"{VietnameseCollation.Postgres}\"" : VietnameseCollation.Sqlite;
        return $"""
            "Id" IN (SELECT "Id" FROM ({string.Join(" UNION ", pages)}) AS "candidates"
            ORDER BY "GivenName" COLLATE {collation}, "SortName" COLLATE {collation}, "Id" LIMIT {Value(take)})
            """;
    }

    public async Task<IReadOnlyList<MemberSearchHit>> HitsAsync(string where, int take, CancellationToken cancellationToken)
    {
        // RECURSIVE only allows a table to read itself; both databases take it before any list of tables.
        var with = _commonTables.Count == 0 ? string.Empty : "WITH RECURSIVE " + string.Join(", ", _commonTables) + " ";
        var sql = $"""{with}SELECT {HitColumns} FROM "Members" WHERE {where} {NameOrder} LIMIT {Value(take)}""";
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<MemberSearchHit>(take);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new MemberSearchHit(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetFieldValue<DateOnly>(2),
                Enum.Parse<Gender>(reader.GetString(3)),
                Enum.Parse<MemberStatus>(reader.GetString(4)),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                reader.GetGuid(6),
                reader.GetBoolean(7)));
        }

        return hits;
    }

    private string TableName() => "\"t" + _commonTables.Count.ToString(CultureInfo.InvariantCulture) + "\"";

    private string DistinctTable(string name, string column, string prefix, int cap)
    {
        var upper = Value(prefix + '\uffff');
        return $"""
            {name}("Value", "Depth") AS (
                SELECT (SELECT "{column}" FROM "Members" WHERE "{column}" >= {Value(prefix)} AND "{column}" < {upper} ORDER BY "{column}" LIMIT 1), 1
                UNION ALL
                SELECT (SELECT "{column}" FROM "Members" WHERE "{column}" > {name}."Value" AND "{column}" < {upper} ORDER BY "{column}" LIMIT 1), "Depth" + 1
                FROM {name} WHERE {name}."Value" IS NOT NULL AND "Depth" < {Value(cap)}
            )
            """;
    }

    private DbCommand Command(string sql)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = database.GetCommandTimeout() ?? command.CommandTimeout;
#pragma warning disable CA2100 // Built from this class's constants; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in _parameters)
        {
            var parameter = command.CreateParameter();
            // Npgsql names its parameters without the prefix the SQL text uses.
            parameter.ParameterName = _npgsql ? name[1..] : name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        _parameters.Clear();
        _commonTables.Clear();
        return command;
    }
}
