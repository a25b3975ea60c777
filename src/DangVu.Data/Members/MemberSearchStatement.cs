using System.Data.Common;
using System.Globalization;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
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

    private const string HitColumns = """ "Id", "FullName", "BirthDate", "Gender", "Status", "CardNumber", "OrganizationId", "IsSynthetic" """;

    private readonly bool _npgsql = database.IsNpgsql();
    private readonly List<(string Name, object Value)> _parameters = [];

    /// <summary>A placeholder for <paramref name="value"/>.</summary>
    public string Value(object value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

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

    public async Task<int> CountAsync(string where, int cap, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT COUNT(*) FROM (SELECT 1 FROM "Members" WHERE {where} LIMIT {Value(cap)}) AS "capped" """;
        await using var command = Command(sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A select of ids, first <paramref name="take"/> in name order, to be united with others.</summary>
    public string FirstIds(string where, int take) =>
        $"""SELECT "Id" FROM (SELECT "Id" FROM "Members" WHERE {where} {NameOrder} LIMIT {Value(take)}) AS "page{_parameters.Count}" """;

    public async Task<IReadOnlyList<MemberSearchHit>> HitsAsync(string where, int take, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT {HitColumns} FROM "Members" WHERE {where} {NameOrder} LIMIT {Value(take)}""";
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
        return command;
    }
}
