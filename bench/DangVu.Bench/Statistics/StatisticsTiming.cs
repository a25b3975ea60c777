using System.Diagnostics;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Bench.Statistics;

/// <summary>
/// <c>stats DB [runs]</c>: on an existing database (e.g. a synthetic nation from <c>dangvu demo --members N</c>), times
/// <see cref="MemberStatistics.ForSubtreeAsync"/> (counters) against <see cref="MemberStatistics.ByGroupByAsync"/>
/// (GROUP BY over the member rows) for the whole tree and for the first province, alternating, each call in a new
/// scope; checks both answer the same number of members on the rolls. BenchmarkDotNet is overkill for queries of
/// tens of seconds.
/// </summary>
public static class StatisticsTiming
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    public static async Task<int> RunAsync(string database, int runs)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(DatabaseTarget.Parse(database));
        services.AddDangVuData();
        await using var provider = services.BuildServiceProvider();
        string province;
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            province = await context.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Name).Select(o => o.Path).FirstAsync();
            Console.WriteLine($"members: {await context.Members.CountAsync():N0}; load: {File.ReadAllText("/proc/loadavg").Trim()}");
        }

        foreach (var (name, path) in new[] { ("whole", OrganizationPath.Root), ("province", province) })
        {
            for (var run = 1; run <= runs; run++)
            {
                var (groupBy, groupByRolls) = await TimeAsync(statistics => statistics.ByGroupByAsync([path], AsOf));
                var (counters, counterRolls) = await TimeAsync(statistics => statistics.ForSubtreeAsync([path], AsOf));
                Console.WriteLine(
                    $"{name} run {run}: GROUP BY {groupBy.TotalMilliseconds:N0} ms ({groupByRolls:N0} on rolls), counters {counters.TotalMilliseconds:N1} ms ({counterRolls:N0}), ratio {counters / groupBy:F5}");
                if (groupByRolls != counterRolls)
                {
                    throw new InvalidOperationException("Counters and GROUP BY disagree.");
                }
            }
        }

        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;

        async Task<(TimeSpan Elapsed, int OnRolls)> TimeAsync(Func<MemberStatistics, Task<MemberStatisticsReport>> query)
        {
            await using var scope = provider.CreateAsyncScope();
            var statistics = scope.ServiceProvider.GetRequiredService<MemberStatistics>();
            var watch = Stopwatch.StartNew();
            var report = await query(statistics);
            return (watch.Elapsed, report.OnRolls);
        }
    }
}
