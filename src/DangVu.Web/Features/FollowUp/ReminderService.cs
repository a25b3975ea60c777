using System.Threading.Channels;
using DangVu.Data.FollowUp;
using Microsoft.Extensions.Options;

namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// Runs the <see cref="ReminderDispatcher"/> at start and then every <see cref="ReminderOptions.Interval"/> of the injected
/// clock. Nothing is kept in memory between passes: what was sent is in the database, so a restart (or a second
/// instance) carries on where the last pass stopped, and a pass after downtime catches up what came due meanwhile.
/// </summary>
internal sealed partial class ReminderService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    private readonly Channel<DispatchResult> _passes = Channel.CreateBounded<DispatchResult>(
        new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>The results of the latest passes, for whoever waits on them (the tests).</summary>
    public ChannelReader<DispatchResult> Passes => _passes.Reader;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // The next pass is timed from this one's start (a slow pass does not push the schedule back), and the timer
            // exists before this pass's result is out, so a clock moved right after it still fires it.
            var next = Task.Delay(options.Value.Interval, clock, stoppingToken);
            await PassAsync(stoppingToken);
            try
            {
                await next;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunAsync(stoppingToken);
            _passes.Writer.TryWrite(result);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A database that is down now may be up at the next pass; the service must not stop.
            LogPassFailed(logger, exception);
            _passes.Writer.TryWrite(new DispatchResult(0, 0, -1));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder pass failed; retrying at the next interval.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
