using System.Diagnostics;
using DangVu.Core.FollowUp;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Bench.FollowUp;

/// <summary>
/// <c>follow-up DB [runs]</c>: on a database (a SQLite file, or a PostgreSQL connection string), migrated and seeded by
/// <see cref="FollowUpSeed"/> when it holds no tasks, times what the pages do — the dashboard of one organization (a cell,
/// and a committee with its 99 cells) and the roll-up of one document (100 tasks), each as of today (the tasks' own
/// columns) and as of a past date (states from the reports up to it) — each call in a new scope, after 5 warm-up calls,
/// and prints the median and the slowest of <c>runs</c>. The baseline in the same run is a primary-key read of one task.
/// </summary>
public static class FollowUpTiming
{
    public static async Task<int> RunAsync(string database, int runs)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(DatabaseTarget.Parse(database));
        services.AddDangVuData();
        await using var provider = services.BuildServiceProvider();
        var today = VietnameseDates.Today(TimeProvider.System);
        var past = today.AddMonths(-6);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            if (!await context.FollowUpTasks.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                var (_, tasks) = await FollowUpSeed.SeedAsync(context, today);
                Console.WriteLine($"seeded {tasks:N0} tasks in {watch.Elapsed.TotalSeconds:N0} s");
                if (context.Database.IsNpgsql())
                {
                    // One statement a call: VACUUM may not run inside a batch.
                    await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"FollowUpTasks\"");
                    await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"FollowUpReports\"");
                    await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"FollowUpCooperators\"");
                    await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Organizations\"");
                }
                else
                {
                    await context.Database.ExecuteSqlRawAsync("ANALYZE;");
                }
            }
        }

        Guid cell, committee, task;
        string document;
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            Console.WriteLine($"tasks {await context.FollowUpTasks.CountAsync():N0}, reports {await context.ProgressReports.CountAsync():N0}, organizations {await context.Organizations.CountAsync():N0}; load {File.ReadAllText("/proc/loadavg").Trim()}");
            committee = await context.Organizations.Where(o => o.Kind == OrganizationKind.GrassrootsCommittee).OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
            cell = await context.Organizations.Where(o => o.ParentId == committee).OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
            document = await context.FollowUpTasks.OrderBy(t => t.Id).Select(t => t.SourceKey!).FirstAsync();
            task = await context.FollowUpTasks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        await TimeAsync("baseline: one task by key", async s => (await s.GetRequiredService<FollowUpQueries>().FindAsync(task))!.Title.Length);
        foreach (var (name, asOf) in new[] { ("today", today), ("past date", past) })
        {
            await TimeAsync($"dashboard of a cell, {name}", s => OrganizationAsync(s, cell, asOf));
            await TimeAsync($"dashboard of a committee (100 organizations), {name}", s => OrganizationAsync(s, committee, asOf));
            await TimeAsync($"roll-up of a document (100 tasks), {name}", async s =>
                FollowUpRollup.Of((await s.GetRequiredService<FollowUpQueries>().RowsAsync(new TaskSelection(SourceKey: document), FollowUpReach.WholeTree, asOf)).Select(r => r.Snapshot), asOf).Counts.Total);
        }

        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;

        async Task TimeAsync(string name, Func<IServiceProvider, Task<int>> call)
        {
            var size = 0;
            var times = new List<double>();
            for (var i = 0; i < 5 + runs; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                size = await call(scope.ServiceProvider);
                if (i >= 5)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"{name}: median {times[times.Count / 2]:N1} ms, slowest {times[^1]:N1} ms ({size:N0} tasks)");
        }
    }

    private static async Task<int> OrganizationAsync(IServiceProvider services, Guid id, DateOnly asOf)
    {
        var organization = await services.GetRequiredService<OrganizationQueries>().FindAsync(id);
        var rows = await services.GetRequiredService<FollowUpQueries>().RowsAsync(new TaskSelection(OrganizationPath: organization!.Path), FollowUpReach.WholeTree, asOf);
        return FollowUpRollup.Of(rows.Select(r => r.Snapshot), asOf).Counts.Total;
    }
}
