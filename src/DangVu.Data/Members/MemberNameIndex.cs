using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DangVu.Data.Members;

/// <summary>
/// The server's copy of every member's names in Vietnamese name order and of what a search result shows
/// (<see cref="MemberNameSnapshot"/>), so that a name search is answered from memory rather than by the database's merge
/// of index ranges (docs/decisions.md, "A name index in the server's memory"). Until it is read, and whenever a query
/// would read too much of it, search goes to the database as before; a command-line process never reads one.
/// <para>
/// It stays current through <see cref="MemberNameFeed"/>: after any commit in this process (so a user finds what they
/// just saved) and at least every <see cref="PollEvery"/> for other processes' writes. Changes are kept beside the
/// arrays; past <see cref="ChangesKept"/> of them, or after a large import, it is read again whole in the background.
/// </para>
/// </summary>
public sealed partial class MemberNameIndex(
    IDbContextFactory<DangVuDbContext> contexts, MemberNameIndexFreshness commits, TimeProvider clock, ILogger<MemberNameIndex> logger)
    : IDisposable
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    public const int ChangesKept = 2_000;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _starting = new();
    private readonly SemaphoreSlim _polling = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile MemberNameSnapshot? _snapshot;
    private Task? _reading;
    private long _polledAt;

    /// <summary>Whether a read of every member was started (searches are answered from memory once it is done).</summary>
    public bool HasStarted => Volatile.Read(ref _reading) is not null;

    /// <summary>Whether searches are answered from memory now.</summary>
    public bool IsReady => _snapshot is not null;

    /// <summary>Starts reading every member in the background; a server calls it once its database is ready.</summary>
    public Task StartAsync()
    {
        lock (_starting)
        {
            return _reading is { IsCompleted: false } ? _reading : _reading = Task.Run(ReadAllAsync);
        }
    }

    internal async Task<MemberNameSnapshot?> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || !PollDue())
        {
            return snapshot;
        }

        // After a commit here every search waits for the read, so a user finds what they just saved; when only the time
        // has come, one search reads the feed and the others go on with what there is.
        if (!commits.Pending)
        {
            if (!await _polling.WaitAsync(0, cancellationToken))
            {
                return snapshot;
            }
        }
        else
        {
            await _polling.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = _snapshot;
            if (snapshot is null || !PollDue())
            {
                return snapshot;
            }

            // Cleared before reading, so a commit during the read is read next time.
            commits.TakeCommitted();
            (List<IndexedMember> Members, MemberFeedMark Mark)? changes;
            try
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                changes = await MemberNameFeed.ReadChangesAsync(context, snapshot.Mark, ChangesKept - snapshot.ChangedCount, cancellationToken);
            }
            catch (DbException exception)
            {
                // This search goes to the database, and the next one reads the feed again.
                commits.Committed();
                LogPollFailed(logger, exception);
                return null;
            }

            Interlocked.Exchange(ref _polledAt, clock.GetTimestamp());
            if (changes is not { } read)
            {
                _snapshot = null;
                _ = StartAsync();
                return null;
            }

            _snapshot = snapshot.With(read.Members, read.Mark);
            if (_snapshot.ChangedCount > ChangesKept / 2)
            {
                _ = StartAsync();
            }

            return _snapshot;
        }
        finally
        {
            _polling.Release();
        }
    }

    private bool PollDue() => commits.Pending || clock.GetElapsedTime(Interlocked.Read(ref _polledAt)) >= PollEvery;

    private async Task ReadAllAsync()
    {
        while (true)
        {
            try
            {
                await ReadOnceAsync();
                return;
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return; // The server is stopping.
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException)
            {
                // Searches go on from the database meanwhile.
                LogFailed(logger, exception, RetryAfter.TotalSeconds);
            }

            try
            {
                await Task.Delay(RetryAfter, clock, _stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task ReadOnceAsync()
    {
        var started = clock.GetTimestamp();
        await using var context = await contexts.CreateDbContextAsync(_stopping.Token);
        var snapshot = await MemberNameFeed.ReadAllAsync(context, _stopping.Token);
        await _polling.WaitAsync(_stopping.Token);
        try
        {
            // Changes that polls gave the old copy meanwhile are read again from this snapshot's mark by the next poll,
            // due at once.
            _snapshot = snapshot;
            Interlocked.Exchange(ref _polledAt, 0);
            commits.Committed();
        }
        finally
        {
            _polling.Release();
        }

        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogRead(logger, snapshot.Count, seconds);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _polling.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member name index: {Count} members read in {Seconds:F1} s")]
    private static partial void LogRead(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member name index could not read the change feed; this search uses the database")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member name index could not be read; searches use the database, next try in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, double seconds);
}
