using System.Diagnostics;

namespace DangVu.Web.Tests.Cli;

/// <summary>What one run of the real <c>dangvu</c> program printed and returned.</summary>
public sealed record DangvuResult(int ExitCode, string Output, string Error);

/// <summary>Runs the built <c>dangvu</c> executable as a user would, in a separate process.</summary>
public static class DangvuProcess
{
    public static async Task<DangvuResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "dangvu.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dangvu.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new DangvuResult(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts a server verb and waits until it says it is serving (then stops it) or exits by itself; returns what it
    /// printed. The process is always ended, so a server that should have refused to start does not outlive the test.
    /// </summary>
    public static async Task<DangvuResult> RunUntilServingAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "dangvu.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dangvu.");
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = new System.Text.StringBuilder();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // A guard against a hang, not a speed check: a first demo start seeds everything and CI runs it beside other tests.
        timeout.CancelAfter(TimeSpan.FromMinutes(10));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                output.AppendLine(line);
                if (line.Contains("DangVu đang chạy", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        return new DangvuResult(process.ExitCode, output.ToString(), await error);
    }
}
