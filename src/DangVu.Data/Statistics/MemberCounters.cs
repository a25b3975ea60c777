using System.Data.Common;
using System.Globalization;
using System.Text;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Statistics;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DangVu.Data.Statistics;

/// <summary>One counter that disagrees with a recount of the members.</summary>
public sealed record CounterDifference(Guid OrganizationId, MemberDimension Dimension, string Value, int Expected, int Actual);

/// <summary>
/// The member counters (<see cref="MemberCount"/>): each organization's row counts the members of its whole
/// subtree, and <see cref="Guid.Empty"/> the whole tree, so the statistics of any subtree are one organization's
/// rows. A member counts towards every organization named in its materialized path, so a move or merge that
/// rewrites paths moves the counts with it. Tracked changes are counted by <see cref="MemberCountingInterceptor"/>;
/// loads that write members with SQL call <see cref="RecountAsync(DbContext, IEnumerable{Guid}, CancellationToken)"/>.
/// </summary>
public static class MemberCounters
{
    /// <summary>Guid.Empty in the form each provider stores it.</summary>
    private const string EmptyGuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>Characters per path segment: 32 hex digits of the organization's id and a slash (see <see cref="OrganizationPath.Child"/>).</summary>
    private const int Segment = 33;

    private const int RowsPerStatement = 200;

    private static readonly MemberDimension[] AllDimensions = Enum.GetValues<MemberDimension>();

    private static readonly HashSet<string> OnRollsValues = MemberBreakdown.OnRollsStatuses.Select(status => status.ToString()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Rebuilds every counter from the members, in one transaction: one scan of the members, counted in memory (per cell
    /// path, then added up into each organization the path names), and the counters written back in bulk.
    /// </summary>
    public static async Task RecountAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        await using var unit = await Unit.BeginAsync(context, cancellationToken);
        await unit.ExecuteAsync(unit.Npgsql ? "TRUNCATE \"MemberCounts\"" : "DELETE FROM \"MemberCounts\"", [], cancellationToken);
        var counts = await CountAsync(unit, [(OrganizationPath.Root, 0)], cancellationToken);
        await unit.InsertAsync(counts, cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Rebuilds the counters of the given organizations' subtrees from their members and adds the difference to the
    /// organizations above them (and the whole tree), in one transaction. For loads that write members with SQL: pass
    /// the organizations the rows went to (or any organization above them); unknown ids are ignored.
    /// </summary>
    public static async Task RecountAsync(DbContext context, IEnumerable<Guid> organizationIds, CancellationToken cancellationToken = default)
    {
        var ids = organizationIds.Distinct().ToList();
        var organizations = new List<(Guid Id, string Path)>();
        foreach (var chunk in ids.Chunk(500))
        {
            organizations.AddRange((await context.Set<PartyOrganization>().AsNoTracking().Where(o => chunk.Contains(o.Id))
                .Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Path)));
        }

        // An organization inside another one given is recounted with it.
        var roots = new List<(Guid Id, string Path)>();
        foreach (var organization in organizations.OrderBy(o => o.Path, StringComparer.Ordinal))
        {
            if (roots.Count == 0 || !OrganizationPath.IsWithin(organization.Path, roots[^1].Path))
            {
                roots.Add(organization);
            }
        }

        if (roots.Count == 0)
        {
            return;
        }

        await using var unit = await Unit.BeginAsync(context, cancellationToken);
        foreach (var chunk in roots.Chunk(RowsPerStatement))
        {
            var rootIds = chunk.Select(root => root.Id).ToList();
            var before = await TotalsAsync(context, rootIds, cancellationToken);
            var parameters = RootParameters(chunk.Select(root => root.Path).ToList());
            await unit.ExecuteAsync($"""
                DELETE FROM "MemberCounts" WHERE "OrganizationId" IN (
                    SELECT o."Id" FROM "Organizations" o JOIN ({RootsSql(chunk.Length)}) r ON o."Path" >= r."Path" AND o."Path" < r."Upper")
                """, parameters, cancellationToken);
            var counts = await CountAsync(unit, chunk.Select(root => (root.Path, OrganizationPath.Depth(root.Path))).ToList(), cancellationToken);
            await unit.InsertAsync(counts, cancellationToken);

            // What changed in each recounted subtree changes every organization above it by as much.
            var deltas = new Dictionary<CounterKey, int>();
            foreach (var root in chunk)
            {
                var above = Ancestors(root.Path).SkipLast(1).ToList();
                var keys = before.Keys.Where(key => key.OrganizationId == root.Id)
                    .Concat(counts.Keys.Where(key => key.OrganizationId == root.Id)).Distinct();
                foreach (var key in keys)
                {
                    var delta = counts.GetValueOrDefault(key) - before.GetValueOrDefault(key);
                    foreach (var ancestor in above)
                    {
                        Add(deltas, key with { OrganizationId = ancestor }, delta);
                    }
                }
            }

            await unit.ApplyAsync(deltas, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Counts the members under the given roots into every organization from each root's level down: first per cell
    /// path (six increments a member), then each path's counts added into the organizations it names. Members are read
    /// once, in one query per batch of roots; sorting six rows a member in SQL (GROUP BY) was far slower on SQLite.
    /// </summary>
    private static async Task<Dictionary<CounterKey, int>> CountAsync(Unit unit, List<(string Path, int Level)> roots, CancellationToken cancellationToken)
    {
        var onRolls = OnRollsValues;
        var whole = roots.Any(root => root.Path == OrganizationPath.Root);
        var sql = "SELECT \"OrganizationPath\", \"Status\", \"Gender\", \"BirthDate\", \"Ethnicity\", \"Education\", \"Sector\" FROM \"Members\"";
        var parameters = new List<(string, object)>();
        if (!whole)
        {
            parameters = RootParameters(roots.Select(root => root.Path).ToList());
            sql += " WHERE " + string.Join(" OR ", Enumerable.Range(0, roots.Count).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"(\"OrganizationPath\" >= @p{i} AND \"OrganizationPath\" < @u{i})")));
        }

        var tally = new PathTally();
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = unit.Command(sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var path = reader.GetString(0);
                if (!levels.TryGetValue(path, out var level))
                {
                    level = whole ? 0 : roots.First(root => OrganizationPath.IsWithin(path, root.Path)).Level;
                    levels[path] = level;
                }

                var status = reader.GetString(1);
                var onRoll = onRolls.Contains(status);
                tally.Add(
                    path, level, 1, status,
                    onRoll ? reader.GetString(2) : null,
                    onRoll ? (unit.Npgsql ? YearValue(reader.GetFieldValue<DateOnly>(3).Year) : reader.GetString(3)[..4]) : null,
                    onRoll ? reader.GetString(4) : null,
                    onRoll ? (reader.IsDBNull(5) ? string.Empty : reader.GetString(5)) : null,
                    onRoll ? reader.GetString(6) : null);
            }
        }

        return tally.RollUp();
    }

    private static List<(string, object)> RootParameters(List<string> paths)
    {
        var parameters = new List<(string, object)>();
        for (var i = 0; i < paths.Count; i++)
        {
            parameters.Add(($"@p{i}", paths[i]));
            parameters.Add(($"@u{i}", paths[i] + '\uffff'));
        }

        return parameters;
    }

    /// <summary>Compares every counter with a recount of the members; empty when they agree.</summary>
    public static async Task<IReadOnlyList<CounterDifference>> VerifyAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        await using var unit = await Unit.BeginAsync(context, cancellationToken);
        var levels = await MaxDepthAsync(context, cancellationToken);
        var expected = new Dictionary<CounterKey, int>();
        await using (var command = unit.Command(RollUpSql(unit.Npgsql, levels), []))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new CounterKey(ReadGuid(reader, 0), Enum.Parse<MemberDimension>(reader.GetString(1)), reader.GetString(2));
                expected[key] = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            }
        }

        var actual = (await context.Set<MemberCount>().AsNoTracking().Where(c => c.Count != 0).ToListAsync(cancellationToken))
            .ToDictionary(c => new CounterKey(c.OrganizationId, c.Dimension, c.Value), c => c.Count);
        await unit.CommitAsync(cancellationToken);
        return expected.Keys.Union(actual.Keys)
            .Select(key => new CounterDifference(key.OrganizationId, key.Dimension, key.Value, expected.GetValueOrDefault(key), actual.GetValueOrDefault(key)))
            .Where(difference => difference.Expected != difference.Actual)
            .OrderBy(difference => difference.OrganizationId).ThenBy(difference => difference.Dimension).ThenBy(difference => difference.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The counter changes the tracked members' changes make: −1 for what a member was, +1 for what it is.</summary>
    internal static Dictionary<CounterKey, int> Collect(ChangeTracker tracker)
    {
        var deltas = new Dictionary<CounterKey, int>();
        foreach (var entry in tracker.Entries<PartyMember>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    AddMember(deltas, Counted.Of(entry.CurrentValues), 1);
                    break;
                case EntityState.Deleted:
                    AddMember(deltas, Counted.Of(entry.OriginalValues), -1);
                    break;
                case EntityState.Modified:
                    var before = Counted.Of(entry.OriginalValues);
                    var after = Counted.Of(entry.CurrentValues);
                    if (before != after)
                    {
                        AddMember(deltas, before, -1);
                        AddMember(deltas, after, 1);
                    }

                    break;
            }
        }

        foreach (var unchanged in deltas.Where(pair => pair.Value == 0).Select(pair => pair.Key).ToList())
        {
            deltas.Remove(unchanged);
        }

        return deltas;
    }

    /// <summary>Adds the deltas to the counters on the transaction's connection, in key order (so concurrent writers lock rows in one order).</summary>
    internal static async Task ApplyAsync(DbTransaction transaction, bool npgsql, IReadOnlyDictionary<CounterKey, int> deltas, CancellationToken cancellationToken)
    {
        foreach (var (sql, parameters) in UpsertStatements(npgsql, deltas))
        {
            await using var command = CreateCommand(transaction.Connection!, transaction, sql, parameters, npgsql);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc cref="ApplyAsync"/>
    internal static void Apply(DbTransaction transaction, bool npgsql, IReadOnlyDictionary<CounterKey, int> deltas)
    {
        foreach (var (sql, parameters) in UpsertStatements(npgsql, deltas))
        {
            using var command = CreateCommand(transaction.Connection!, transaction, sql, parameters, npgsql);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The organizations a member at <paramref name="path"/> counts towards: the whole tree, then each organization named in the path.</summary>
    internal static IEnumerable<Guid> Ancestors(string path)
    {
        yield return Guid.Empty;
        for (var level = 1; 1 + (Segment * level) <= path.Length; level++)
        {
            yield return Guid.ParseExact(path.AsSpan(1 + (Segment * (level - 1)), 32), "N");
        }
    }

    /// <summary>The counters' value of a birth year: as SQL writes it (four digits).</summary>
    internal static string YearValue(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static void AddMember(Dictionary<CounterKey, int> deltas, Counted member, int sign)
    {
        foreach (var organization in Ancestors(member.Path))
        {
            Add(deltas, new(organization, MemberDimension.Status, member.Status.ToString()), sign);
            if (!MemberBreakdown.IsOnRolls(member.Status))
            {
                continue;
            }

            Add(deltas, new(organization, MemberDimension.Gender, member.Gender.ToString()), sign);
            Add(deltas, new(organization, MemberDimension.BirthYear, YearValue(member.BirthYear)), sign);
            Add(deltas, new(organization, MemberDimension.Ethnicity, member.Ethnicity), sign);
            Add(deltas, new(organization, MemberDimension.Education, member.Education ?? string.Empty), sign);
            Add(deltas, new(organization, MemberDimension.Sector, member.Sector.ToString()), sign);
        }
    }

    private static void Add(Dictionary<CounterKey, int> deltas, CounterKey key, int delta) =>
        deltas[key] = deltas.GetValueOrDefault(key) + delta;

    private static IEnumerable<(string Sql, List<(string, object)> Parameters)> UpsertStatements(bool npgsql, IReadOnlyDictionary<CounterKey, int> deltas)
    {
        var ordered = deltas.Where(pair => pair.Value != 0)
            .OrderBy(pair => pair.Key.OrganizationId).ThenBy(pair => pair.Key.Dimension).ThenBy(pair => pair.Key.Value, StringComparer.Ordinal);
        foreach (var chunk in ordered.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO \"MemberCounts\" (\"OrganizationId\", \"Dimension\", \"Value\", \"Count\") VALUES ");
            var parameters = new List<(string, object)>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, delta) = chunk[i];
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@o{i}, @d{i}, @v{i}, @c{i})");
                parameters.Add(($"@o{i}", GuidValue(key.OrganizationId, npgsql)));
                parameters.Add(($"@d{i}", key.Dimension.ToString()));
                parameters.Add(($"@v{i}", key.Value));
                parameters.Add(($"@c{i}", delta));
            }

            sql.Append(" ON CONFLICT (\"OrganizationId\", \"Dimension\", \"Value\") DO UPDATE SET \"Count\" = \"MemberCounts\".\"Count\" + excluded.\"Count\"");
            yield return (sql.ToString(), parameters);
        }
    }

    /// <summary>A Guid as the provider stores it: uuid on PostgreSQL, upper-case text on SQLite (as EF writes it).</summary>
    private static object GuidValue(Guid id, bool npgsql) => npgsql ? id : id.ToString().ToUpperInvariant();

    private static Guid ReadGuid(DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid guid ? guid : Guid.Parse(reader.GetString(ordinal));

    private static async Task<int> MaxDepthAsync(DbContext context, CancellationToken cancellationToken) =>
        await context.Set<PartyOrganization>().MaxAsync(o => (int?)o.Depth, cancellationToken) ?? 0;

    private static async Task<Dictionary<CounterKey, int>> TotalsAsync(DbContext context, List<Guid> organizationIds, CancellationToken cancellationToken) =>
        (await context.Set<MemberCount>().AsNoTracking().Where(c => organizationIds.Contains(c.OrganizationId)).ToListAsync(cancellationToken))
            .ToDictionary(c => new CounterKey(c.OrganizationId, c.Dimension, c.Value), c => c.Count);

    /// <summary>The given subtrees' roots as a derived table (Path, Upper) of parameters @p, @u.</summary>
    private static string RootsSql(int count) => string.Join(" UNION ALL ", Enumerable.Range(0, count)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"SELECT @p{i} AS \"Path\", @u{i} AS \"Upper\"")));

    /// <summary>
    /// SELECT (OrganizationId, Dimension, Value, Count) for every organization from the members, all in SQL: first counted
    /// per cell path with GROUP BY, then added up into each organization the path names (level k of a path is its k-th
    /// segment; level 0 the whole tree). Written apart from <see cref="CountAsync"/> and the interceptor on purpose, so
    /// that <see cref="VerifyAsync"/> checks them against a second implementation.
    /// </summary>
    private static string RollUpSql(bool npgsql, int maxDepth)
    {
        var year = npgsql ? "to_char(m.\"BirthDate\", 'YYYY')" : "substr(m.\"BirthDate\", 1, 4)";
        var dimensions = string.Join(" UNION ALL ", AllDimensions.Select(d => $"SELECT '{d}' AS \"Dimension\""));
        var levels = string.Join(" UNION ALL ", Enumerable.Range(0, maxDepth + 1).Select(k => string.Create(CultureInfo.InvariantCulture, $"SELECT {k} AS \"Level\"")));
        var onRolls = string.Join(", ", MemberBreakdown.OnRollsStatuses.Select(s => $"'{s}'"));
        var segment = $"substr(l.\"Path\", 2 + {Segment} * (v.\"Level\" - 1), 32)";
        var organization = npgsql
            ? $"CASE WHEN v.\"Level\" = 0 THEN CAST('{EmptyGuid}' AS uuid) ELSE CAST({segment} AS uuid) END"
            : $"CASE WHEN v.\"Level\" = 0 THEN '{EmptyGuid}' ELSE upper(substr({segment}, 1, 8) || '-' || substr({segment}, 9, 4) || '-' || "
                + $"substr({segment}, 13, 4) || '-' || substr({segment}, 17, 4) || '-' || substr({segment}, 21, 12)) END";
        return $"""
            SELECT {organization} AS "OrganizationId", l."Dimension", l."Value", CAST(SUM(l."Count") AS integer) AS "Count"
            FROM (
                SELECT m."OrganizationPath" AS "Path", d."Dimension" AS "Dimension",
                    CASE d."Dimension"
                        WHEN 'Status' THEN m."Status" WHEN 'Gender' THEN m."Gender" WHEN 'BirthYear' THEN {year}
                        WHEN 'Ethnicity' THEN m."Ethnicity" WHEN 'Education' THEN COALESCE(m."Education", '') ELSE m."Sector" END AS "Value",
                    COUNT(*) AS "Count"
                FROM "Members" m CROSS JOIN ({dimensions}) d
                WHERE d."Dimension" = 'Status' OR m."Status" IN ({onRolls})
                GROUP BY 1, 2, 3
            ) l
            JOIN ({levels}) v ON length(l."Path") >= 1 + {Segment} * v."Level"
            GROUP BY 1, 2, 3
            """;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<(string Name, object Value)> parameters, bool npgsql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is built here from constants; values travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = npgsql ? name.TrimStart('@') : name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The counted fields of a member, as its columns store them.</summary>
    private sealed record Counted(string Path, MemberStatus Status, Gender Gender, int BirthYear, string Ethnicity, string? Education, Sector Sector)
    {
        public static Counted Of(PropertyValues values) => new(
            values.GetValue<string>(nameof(PartyMember.OrganizationPath)),
            values.GetValue<MemberStatus>(nameof(PartyMember.Status)),
            values.GetValue<Gender>(nameof(PartyMember.Gender)),
            values.GetValue<DateOnly>(nameof(PartyMember.BirthDate)).Year,
            values.GetValue<string>(nameof(PartyMember.Ethnicity)),
            values.GetValue<string?>(nameof(PartyMember.Education)),
            values.GetValue<Sector>(nameof(PartyMember.Sector)));
    }

    /// <summary>
    /// The connection and transaction a recount works in: the caller's transaction if one is open (so a bulk load and
    /// its recount commit together), else one of its own.
    /// </summary>
    private sealed class Unit : IAsyncDisposable
    {
        private readonly DbContext _context;
        private readonly IDbContextTransaction? _owned;

        private Unit(DbContext context, IDbContextTransaction? owned)
        {
            _context = context;
            _owned = owned;
            Npgsql = context.Database.IsNpgsql();
        }

        public bool Npgsql { get; }

        private DbTransaction Transaction => _context.Database.CurrentTransaction!.GetDbTransaction();

        public static async Task<Unit> BeginAsync(DbContext context, CancellationToken cancellationToken) =>
            new(context, context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null);

        public async Task ExecuteAsync(string sql, IEnumerable<(string, object)> parameters, CancellationToken cancellationToken)
        {
            await using var command = CreateCommand(Transaction.Connection!, Transaction, sql, parameters, Npgsql);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public DbCommand Command(string sql, IEnumerable<(string, object)> parameters) =>
            CreateCommand(Transaction.Connection!, Transaction, sql, parameters, Npgsql);

        /// <summary>Writes new counter rows: binary COPY on PostgreSQL, one prepared INSERT a row on SQLite.</summary>
        public async Task InsertAsync(IReadOnlyDictionary<CounterKey, int> counts, CancellationToken cancellationToken)
        {
            if (Transaction.Connection is NpgsqlConnection npgsql)
            {
                await using var import = await npgsql.BeginBinaryImportAsync(
                    "COPY \"MemberCounts\" (\"OrganizationId\", \"Dimension\", \"Value\", \"Count\") FROM STDIN (FORMAT BINARY)", cancellationToken);
                foreach (var (key, count) in counts)
                {
                    await import.StartRowAsync(cancellationToken);
                    await import.WriteAsync(key.OrganizationId, NpgsqlDbType.Uuid, cancellationToken);
                    await import.WriteAsync(key.Dimension.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                    await import.WriteAsync(key.Value, NpgsqlDbType.Varchar, cancellationToken);
                    await import.WriteAsync(count, NpgsqlDbType.Integer, cancellationToken);
                }

                await import.CompleteAsync(cancellationToken);
                return;
            }

            await using var insert = CreateCommand(Transaction.Connection!, Transaction,
                "INSERT INTO \"MemberCounts\" (\"OrganizationId\", \"Dimension\", \"Value\", \"Count\") VALUES (@o, @d, @v, @c)",
                [("@o", string.Empty), ("@d", string.Empty), ("@v", string.Empty), ("@c", 0)], Npgsql);
            await insert.PrepareAsync(cancellationToken);
            foreach (var (key, count) in counts)
            {
                insert.Parameters[0].Value = GuidValue(key.OrganizationId, npgsql: false);
                insert.Parameters[1].Value = key.Dimension.ToString();
                insert.Parameters[2].Value = key.Value;
                insert.Parameters[3].Value = count;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public Task ApplyAsync(IReadOnlyDictionary<CounterKey, int> deltas, CancellationToken cancellationToken) =>
            MemberCounters.ApplyAsync(Transaction, Npgsql, deltas, cancellationToken);

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_owned is not null)
            {
                await _owned.CommitAsync(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_owned is not null)
            {
                await _owned.DisposeAsync();
            }
        }
    }
}

/// <summary>
/// Counts tallied per cell path first (one look-up of the path a member, its six values keyed by the path's number), then
/// added up into every organization each path names from a given level down.
/// </summary>
internal sealed class PathTally
{
    private readonly Dictionary<string, int> _paths = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Level)> _pathList = [];
    private readonly Dictionary<(int Path, MemberDimension Dimension, string Value), int> _counts = [];

    public int Members { get; private set; }

    /// <summary>Counts a member (<paramref name="sign"/> −1 takes one away); the roll values are null for a member not on the rolls.</summary>
    public void Add(
        string path, int level, int sign, string status, string? gender, string? birthYear, string? ethnicity, string? education, string? sector)
    {
        if (!_paths.TryGetValue(path, out var index))
        {
            index = _pathList.Count;
            _paths[path] = index;
            _pathList.Add((path, level));
        }

        Members += sign;
        Increment((index, MemberDimension.Status, status), sign);
        if (gender is null)
        {
            return;
        }

        Increment((index, MemberDimension.Gender, gender), sign);
        Increment((index, MemberDimension.BirthYear, birthYear!), sign);
        Increment((index, MemberDimension.Ethnicity, ethnicity!), sign);
        Increment((index, MemberDimension.Education, education ?? string.Empty), sign);
        Increment((index, MemberDimension.Sector, sector!), sign);
    }

    public Dictionary<CounterKey, int> RollUp()
    {
        var counts = new Dictionary<CounterKey, int>();
        var ancestors = _pathList.Select(entry => MemberCounters.Ancestors(entry.Path).ToArray()).ToList();
        foreach (var ((index, dimension, value), count) in _counts)
        {
            var above = ancestors[index];
            for (var k = _pathList[index].Level; k < above.Length; k++)
            {
                var key = new CounterKey(above[k], dimension, value);
                counts[key] = counts.GetValueOrDefault(key) + count;
            }
        }

        return counts;
    }

    private void Increment((int, MemberDimension, string) key, int sign) => _counts[key] = _counts.GetValueOrDefault(key) + sign;
}

/// <summary>One counter: an organization's subtree, a dimension and a value.</summary>
internal readonly record struct CounterKey(Guid OrganizationId, MemberDimension Dimension, string Value);
