using System.Data.Common;
using DangVu.Data.Infrastructure;
using DangVu.Data.Reviews;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Reviews;

public sealed class SecretBallotTests
{
    private static readonly string[] BallotParents = ["SecretBallots", "BallotCandidates"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CastAsync_ACodeTwice_CountsOnce_AndCountingTalliesEachCandidate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 5);
        var reviews = await setup.ReviewsAsync();
        foreach (var review in reviews.Take(2))
        {
            await setup.SelfReviewAsync(review);
        }

        var opened = (await setup.WithAsync<SecretBallots, OpenedBallot>(b => b.OpenAsync(
            setup.Period.Id, setup.Cell.Id, new DateOnly(2025, 12, 12), [.. reviews.Take(2).Select(r => r.Id)], Cancel))).Value!;
        var (first, second) = (opened.Ballot.Candidates[0].Id, opened.Ballot.Candidates[1].Id);
        var codes = opened.Codes;

        var cast = await setup.WithAsync<SecretBallots, string>(b => b.CastAsync(codes[0], new Dictionary<Guid, bool> { [first] = true, [second] = false }, Cancel));
        var again = await setup.WithAsync<SecretBallots, string>(b => b.CastAsync(codes[0], new Dictionary<Guid, bool> { [first] = true, [second] = true }, Cancel));
        var incomplete = await setup.WithAsync<SecretBallots, string>(b => b.CastAsync(codes[1], new Dictionary<Guid, bool> { [first] = true }, Cancel));
        foreach (var code in codes.Skip(1).Take(2))
        {
            Assert.NotNull((await setup.WithAsync<SecretBallots, string>(b => b.CastAsync(code, new Dictionary<Guid, bool> { [first] = true, [second] = false }, Cancel))).Value);
        }

        var counted = (await setup.WithAsync<SecretBallots, SecretBallot>(b => b.CountAsync(opened.Ballot.Id, opened.Ballot.Version, new DateOnly(2025, 12, 12), Cancel))).Value!;
        var late = await setup.WithAsync<SecretBallots, string>(b => b.CastAsync(codes[4], new Dictionary<Guid, bool> { [first] = true, [second] = true }, Cancel));

        Assert.Equal(5, codes.Count);
        Assert.Equal(5, codes.Distinct().Count());
        Assert.NotNull(cast.Value);
        Assert.Null(again.Value);
        Assert.Null(incomplete.Value);
        Assert.Null(late.Value);
        Assert.Equal((5, 3), (counted.Issued, counted.Cast!.Value));
        var a = counted.Candidates.Single(c => c.Id == first);
        var b = counted.Candidates.Single(c => c.Id == second);
        Assert.Equal((3, 0, true), (a.InFavour!.Value, a.Against!.Value, a.Passed!.Value));
        Assert.Equal((0, 3, false), (b.InFavour!.Value, b.Against!.Value, b.Passed!.Value));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Ballot_SchemaAndRows_NeverLinkABallotToAVoter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 4);
        var reviews = await setup.ReviewsAsync();
        await setup.SelfReviewAsync(reviews[0]);
        var ballot = await setup.BallotAsync([reviews[0]]);

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        // The schema: the codes' and marks' tables name no member, account or time, and point only at the ballot and its candidates.
        Assert.Equal(["BallotId", "CodeHash", "Id", "Used"], await ColumnsAsync(context, "BallotCodes"));
        Assert.Equal(["BallotId", "CandidateId", "Id", "InFavour", "PaperId"], await ColumnsAsync(context, "BallotMarks"));
        Assert.Equal(["BallotId", "FullName", "Id", "MemberId"], await ColumnsAsync(context, "BallotVoters"));
        foreach (var table in new[] { "BallotCodes", "BallotMarks" })
        {
            var entity = context.Model.GetEntityTypes().Single(e => e.GetTableName() == table);
            Assert.All(entity.GetForeignKeys(), key => Assert.Contains(key.PrincipalEntityType.GetTableName(), BallotParents));
        }

        // The rows: every value that identifies a paper or a code appears only in those two tables, never in a row that
        // also names a voter, and the audit log holds none of them.
        var voters = (await context.BallotVoters.AsNoTracking().Where(v => v.BallotId == ballot.Id).ToListAsync(Cancel)).Select(v => v.MemberId.ToString()).ToList();
        var secrets = (await context.BallotMarks.AsNoTracking().Select(m => m.PaperId).Distinct().ToListAsync(Cancel)).Select(p => p.ToString())
            .Concat((await context.BallotCodes.AsNoTracking().ToListAsync(Cancel)).SelectMany(c => new[] { c.Id.ToString(), c.CodeHash }))
            .Concat((await context.BallotMarks.AsNoTracking().ToListAsync(Cancel)).Select(m => m.Id.ToString())).ToList();
        Assert.Equal(4, voters.Count);
        Assert.NotEmpty(secrets);
        foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct())
        {
            foreach (var row in await RowsAsync(context, table))
            {
                var namesVoter = voters.Any(v => row.Contains(v, StringComparison.OrdinalIgnoreCase));
                var holdsSecret = secrets.Any(s => row.Contains(s, StringComparison.OrdinalIgnoreCase));
                Assert.False(namesVoter && holdsSecret, $"A row of {table} ties a voter to a ballot: {row}");
                Assert.False(holdsSecret && table is not ("BallotCodes" or "BallotMarks"), $"{table} holds a ballot's secret: {row}");
            }
        }

        Assert.False(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(BallotCode) || e.EntityType == nameof(BallotMark), Cancel));
    }

    private static async Task<List<string>> ColumnsAsync(DangVuDbContext context, string table)
    {
        var sql = context.Database.IsNpgsql()
            ? $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"
            : $"SELECT name FROM pragma_table_info('{table}')";
        var rows = await QueryAsync(context, sql);
        return [.. rows.Select(r => r[0]).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> RowsAsync(DangVuDbContext context, string table) =>
        [.. (await QueryAsync(context, $"SELECT * FROM \"{table}\"")).Select(values => string.Join("|", values))];

    private static async Task<List<string[]>> QueryAsync(DangVuDbContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(Cancel);
        }

        await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the model, not from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(Cancel))
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(values);
        }

        return rows;
    }
}
