using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DangVu.Bench.Search;

/// <summary>
/// <c>search --url http://127.0.0.1:PORT --user NAME --password P [--clients 8] [--seconds 20]</c>: a load driver for
/// the name search API against a running <c>dangvu serve</c>. Signs in through the login form (changing a one-time
/// password first when the server asks), then, for each target in turn, runs N concurrent clients for a fixed
/// duration after a warm-up: the baseline <c>/health/live</c> (no database), then <c>/api/members?q=…&amp;take=20</c>
/// cycling through folded and accented prefixes. Prints requests/s and p50/p99 latency (and per prefix).
/// </summary>
public static partial class SearchLoad
{
    internal static readonly string[] Queries =
    [
        "nguyen van h", "tran thi", "le", "pham minh", "Nguyễn Thị Lan", "hoang", "vu duc", "lan", "hoa", "tuan", "minh", "dang thu",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Option(args, "--url") ?? throw new ArgumentException("--url is required");
        var user = Option(args, "--user") ?? "bench";
        var password = Option(args, "--password") ?? throw new ArgumentException("--password is required");
        var clients = int.Parse(Option(args, "--clients") ?? "8", CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var warmup = double.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = clients };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        await SignInAsync(client, user, password);
        var probe = await client.GetAsync(new Uri("/api/members?q=nguyen&take=20", UriKind.Relative));
        var body = await probe.Content.ReadAsStringAsync();
        if (probe.StatusCode != HttpStatusCode.OK || !body.StartsWith('['))
        {
            throw new InvalidOperationException($"Search API answered {probe.StatusCode}: {body[..Math.Min(200, body.Length)]}");
        }

        Console.WriteLine($"signed in; sample answer {body.Length} chars; {clients} clients, {warmup} s warm-up, {seconds} s a target");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        var health = await LoadAsync(client, clients, warmup, seconds, _ => "/health/live");
        Print("/health/live (baseline)", health);
        var search = await LoadAsync(client, clients, warmup, seconds, i => $"/api/members?q={Uri.EscapeDataString(Queries[i % Queries.Length])}&take=20");
        Print("/api/members?q=… (mix)", search);
        Console.WriteLine($"search throughput / baseline: {search.Count / (double)health.Count:P1}");
        foreach (var group in search.GroupBy(sample => sample.Index % Queries.Length).OrderBy(group => group.Key))
        {
            var sorted = group.Select(sample => sample.Milliseconds).Order().ToArray();
            Console.WriteLine($"  q={Queries[group.Key],-16} n={sorted.Length,6}  p50 {Percentile(sorted, 0.50),7:F1} ms  p99 {Percentile(sorted, 0.99),7:F1} ms");
        }

        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;

        void Print(string what, List<Sample> samples)
        {
            var sorted = samples.Select(sample => sample.Milliseconds).Order().ToArray();
            Console.WriteLine(
                $"{what}: {samples.Count / seconds:N0} req/s, p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms ({samples.Count:N0} requests)");
        }
    }

    private readonly record struct Sample(int Index, double Milliseconds);

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<List<Sample>> LoadAsync(HttpClient client, int clients, double warmup, double seconds, Func<int, string> path)
    {
        await RunAsync(warmup, null);
        var samples = new List<Sample>[clients];
        await RunAsync(seconds, samples);
        return samples.SelectMany(list => list).ToList();

        async Task RunAsync(double duration, List<Sample>[]? into)
        {
            var end = Stopwatch.GetTimestamp() + (long)(duration * Stopwatch.Frequency);
            var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
            {
                var list = new List<Sample>();
                for (var i = worker; Stopwatch.GetTimestamp() < end; i += clients)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(new Uri(path(i), UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"{path(i)} answered {response.StatusCode}");
                    }

                    list.Add(new Sample(i, elapsed));
                }

                if (into is not null)
                {
                    into[worker] = list;
                }
            })).ToArray();
            await Task.WhenAll(workers);
        }
    }

    private static async Task SignInAsync(HttpClient client, string user, string password)
    {
        var response = await PostFormAsync(client, "/dang-nhap", new() { ["Input.UserName"] = user, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {response.StatusCode}");
        }

        if (response.Headers.Location?.OriginalString.Contains("doi-mat-khau", StringComparison.Ordinal) == true)
        {
            var changed = await PostFormAsync(client, "/doi-mat-khau", new()
            {
                ["Input.CurrentPassword"] = password,
                ["Input.NewPassword"] = password + "-Bench-2026",
                ["Input.ConfirmPassword"] = password + "-Bench-2026",
            });
            Console.WriteLine($"one-time password changed ({changed.StatusCode}); new password: {password}-Bench-2026");
        }
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No CSRF token on {path}.");
        }

        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
