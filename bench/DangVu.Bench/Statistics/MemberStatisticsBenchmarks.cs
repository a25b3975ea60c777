using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Bench.Statistics;

/// <summary>
/// Statistics of a province (members by status, gender, birth year, ethnicity, education, sector) from the counters,
/// against the hand-written GROUP BY over the same members. Two provinces of <see cref="MembersPerProvince"/> on a
/// SQLite file, so a province is a real subtree and not the whole table; "/" is the whole database.
/// Set DANGVU_BENCH_DB to a PostgreSQL connection string (an empty database) to run the same on PostgreSQL.
/// </summary>
[MemoryDiagnoser]
public class MemberStatisticsBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);
    private string? _folder;
    private ServiceProvider _services = null!;
    private IReadOnlyList<string> _provinces = [];

    /// <summary>50,000 a province (the SQLite target) unless DANGVU_BENCH_MEMBERS says otherwise.</summary>
    public static IEnumerable<int> Sizes =>
        [int.TryParse(Environment.GetEnvironmentVariable("DANGVU_BENCH_MEMBERS"), out var members) ? members : 50_000];

    [ParamsSource(nameof(Sizes))]
    public int MembersPerProvince { get; set; }

    [Params("province", "whole")]
    public string Scope { get; set; } = "province";

    private string[] Paths => Scope == "province" ? [_provinces[0]] : [OrganizationPath.Root];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var configured = Environment.GetEnvironmentVariable("DANGVU_BENCH_DB");
        if (string.IsNullOrEmpty(configured))
        {
            _folder = Path.Combine(Path.GetTempPath(), $"dangvu-bench-{Guid.NewGuid():N}");
            configured = Path.Combine(_folder, "bench.db");
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(DatabaseTarget.Parse(configured));
        services.AddDangVuData();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        if (await context.Members.AnyAsync())
        {
            // A database given in DANGVU_BENCH_DB is seeded once, by the first benchmark process, and reused.
            _provinces = await context.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Path).Select(o => o.Path).ToListAsync();
            return;
        }

        var seeding = Stopwatch.StartNew();
        _provinces = await BulkSeed.SeedAsync(context, provinces: 2, MembersPerProvince);
        var seeded = seeding.Elapsed;
        var recounting = Stopwatch.StartNew();
        await MemberCounters.RecountAsync(context);
        Console.WriteLine($"// Seeded {2 * MembersPerProvince:N0} members in {seeded.TotalSeconds:F1} s; recounted every counter in {recounting.Elapsed.TotalSeconds:F2} s.");
        if ((await MemberCounters.VerifyAsync(context)).Count != 0)
        {
            throw new InvalidOperationException("Counters disagree with a recount after seeding.");
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "GROUP BY over members")]
    public async Task<int> GroupBy()
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberStatistics>().ByGroupByAsync(Paths, AsOf)).OnRolls;
    }

    [Benchmark(Description = "counters")]
    public async Task<int> Counters()
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberStatistics>().ForSubtreeAsync(Paths, AsOf)).OnRolls;
    }
}
