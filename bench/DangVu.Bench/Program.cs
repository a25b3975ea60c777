using System.Diagnostics;
using BenchmarkDotNet.Running;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Statistics;
using Microsoft.Extensions.DependencyInjection;

if (args.Length > 0 && args[0] == "import")
{
    return await DangVu.Bench.Import.ImportBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "documents")
{
    return DangVu.Bench.Documents.DocumentThroughput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "search")
{
    return await DangVu.Bench.Search.SearchLoad.RunAsync(args[1..]);
}

if (args.Length is 2 or 3 && args[0] == "search-db")
{
    return await DangVu.Bench.Search.SearchTiming.RunAsync(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

if (args.Length is 2 or 3 && args[0] == "stats")
{
    return await DangVu.Bench.Statistics.StatisticsTiming.RunAsync(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args.Length is 2 or 3 && args[0] == "follow-up")
{
    return await DangVu.Bench.FollowUp.FollowUpTiming.RunAsync(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
}

if (args.Length == 2 && args[0] == "recount")
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton(DatabaseTarget.Parse(args[1]));
    services.AddDangVuData();
    await using var provider = services.BuildServiceProvider();
    for (var i = 0; i < 3; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var watch = Stopwatch.StartNew();
        await MemberCounters.RecountAsync(context);
        Console.WriteLine($"recount {watch.Elapsed.TotalSeconds:F2} s");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/DangVu.Bench -- --filter '*'</c>.</summary>
public partial class Program;
