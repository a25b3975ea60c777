using System.Diagnostics;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Bench.Search;

/// <summary>
/// <c>search-db DB [rounds]</c>: the name search without HTTP, in one process, on an existing database — each query of
/// <see cref="SearchLoad"/> through <see cref="MemberQueries.SearchAsync"/> (a new scope each call, as a request has)
/// beside the ceiling: one indexed prefix look-up of 20 ids on the folded key, written by hand. Prints p50/p99 of each;
/// with <c>PLANS=1</c>, also the statements of each query's fifth (warm) search and their plans; with <c>INDEX=1</c>,
/// through the server's name index (<see cref="MemberNameIndex"/>), and the index's own look-up timed apart.
/// </summary>
public static class SearchTiming
{
    public static async Task<int> RunAsync(string database, int rounds)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(DatabaseTarget.Parse(database));
        services.AddDangVuData();
        await using var provider = services.BuildServiceProvider();
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        var lookUp = new List<double>();
        var plans = new PlanDump();
        using var listening = DiagnosticListener.AllListeners.Subscribe(plans);
        var showPlans = Environment.GetEnvironmentVariable("PLANS") == "1";
        var names = provider.GetRequiredService<MemberNameIndex>();
        if (Environment.GetEnvironmentVariable("INDEX") == "1")
        {
            var reading = Stopwatch.StartNew();
            await names.StartAsync();
            Console.WriteLine($"name index read in {reading.Elapsed.TotalSeconds:F1} s, working set {Environment.WorkingSet / 1_048_576} MB");
        }
        foreach (var query in SearchLoad.Queries)
        {
            var search = new List<double>();
            var shown = 0;
            for (var round = 0; round < rounds + 5; round++)
            {
                await using var scope = provider.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
                plans.Enabled = showPlans && round == 4;
                var watch = Stopwatch.StartNew();
                var found = await scope.ServiceProvider.GetRequiredService<MemberQueries>().SearchAsync(query, [OrganizationPath.Root], 20);
                var searched = watch.Elapsed.TotalMilliseconds;
                plans.Enabled = false;
                var key = Core.Text.VietnameseText.SearchKey(query);
                var upper = key + '\uffff';
                watch.Restart();
#pragma warning disable CA1309 // Translated to SQL: a range on the index.
                await context.Members.Where(m => string.Compare(m.FamilyKey, key) >= 0 && string.Compare(m.FamilyKey, upper) < 0)
                    .OrderBy(m => m.FamilyKey).Select(m => m.Id).Take(20).ToListAsync();
#pragma warning restore CA1309
                if (round >= 5)
                {
                    search.Add(searched);
                    lookUp.Add(watch.Elapsed.TotalMilliseconds);
                }

                shown = found.Count;
            }

            var inMemory = names.IsReady ? await FirstIdsAsync(names, query, rounds) : [0];
            Console.WriteLine($"  q={query,-16} {shown,3} shown {PlanDump.Compilations} compiled  search p50 {Percentile(search, 0.5),6:F2} ms  p99 {Percentile(search, 0.99),6:F2} ms  index alone p50 {Percentile(inMemory, 0.5),6:F3} ms");
        }

        Console.WriteLine($"indexed look-up (ceiling) p50 {Percentile(lookUp, 0.5):F2} ms  p99 {Percentile(lookUp, 0.99):F2} ms");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task<List<double>> FirstIdsAsync(MemberNameIndex names, string query, int rounds)
    {
        var snapshot = await names.CurrentAsync(CancellationToken.None) ?? throw new InvalidOperationException("The name index is not ready.");
        var nameQuery = NameQuery.Of(query);
        var times = new List<double>();
        for (var round = 0; round < rounds + 5; round++)
        {
            var watch = Stopwatch.StartNew();
            _ = snapshot.FirstHits(nameQuery, [OrganizationPath.Root], 20);
            if (round >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static double Percentile(List<double> samples, double rank)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)];
    }
}
