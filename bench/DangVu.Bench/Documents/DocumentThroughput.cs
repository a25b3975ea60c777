using System.Diagnostics;
using System.Globalization;
using DangVu.Core.Documents;

namespace DangVu.Bench.Documents;

/// <summary>
/// <c>dotnet run -c Release --project bench/DangVu.Bench -- documents [SECONDS]</c>: parses the seed on one thread for a
/// while and reports documents per second of wall-clock time and per second of CPU time. On a shared machine the
/// wall-clock figure drops with the load while the CPU-time one does not: that is the "one core" figure.
/// </summary>
internal static class DocumentThroughput
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt"));
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(Math.Min(3, seconds / 3)))
        {
            DocumentParser.Parse(seed);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        long documents = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            for (var index = 0; index < 100; index++)
            {
                DocumentParser.Parse(seed);
            }

            documents += 100;
        }

        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents:N0} documents in {watch.Elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU, {GC.CollectionCount(0) - gcBefore} gen0 GCs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents / watch.Elapsed.TotalSeconds:N0} documents/s (wall), {documents / cpu.TotalSeconds:N0} documents/s (CPU), {cpu.TotalMicroseconds / documents:F1} µs CPU each"));
        return 0;
    }
}
