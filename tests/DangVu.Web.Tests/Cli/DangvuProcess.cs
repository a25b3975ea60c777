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
}
