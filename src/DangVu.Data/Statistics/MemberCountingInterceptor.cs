using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangVu.Data.Statistics;

/// <summary>
/// Keeps <see cref="MemberCount"/> in step with every tracked change of a member, in the same transaction. The deltas
/// are worked out before saving (from original and current values) and added with atomic
/// <c>INSERT … ON CONFLICT DO UPDATE SET Count = Count + delta</c> statements just before the save's transaction
/// commits (or, when the caller holds a transaction, right after the save within it). Increments, not rewritten
/// values, so two saves at once both count; a failed save adds nothing.
/// </summary>
public sealed class MemberCountingInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Take(eventData.Context, inCallerTransaction: false) is { } pending)
        {
            MemberCounters.Apply(transaction, pending.Npgsql, pending.Deltas);
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context, inCallerTransaction: false) is { } pending)
        {
            await MemberCounters.ApplyAsync(transaction, pending.Npgsql, pending.Deltas, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context, inCallerTransaction: true) is { } pending)
        {
            MemberCounters.Apply(CallerTransaction(eventData.Context!), pending.Npgsql, pending.Deltas);
        }

        Finish(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context, inCallerTransaction: true) is { } pending)
        {
            await MemberCounters.ApplyAsync(CallerTransaction(eventData.Context!), pending.Npgsql, pending.Deltas, cancellationToken);
        }

        Finish(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Finish(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Finish(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Prepare(DbContext? context)
    {
        if (context is not DangVuDbContext owner)
        {
            return;
        }

        Finish(owner);
        owner.ChangeTracker.DetectChanges();
        var deltas = MemberCounters.Collect(owner.ChangeTracker);
        if (deltas.Count == 0)
        {
            return;
        }

        var inCallerTransaction = owner.Database.CurrentTransaction is not null;
        owner.PendingMemberCounts = new(deltas, owner.Database.IsNpgsql(), inCallerTransaction, owner.Database.AutoTransactionBehavior);
        if (!inCallerTransaction)
        {
            // Even a one-statement save gets a transaction, so the counters have a commit to ride on.
            owner.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static PendingMemberCounts? Take(DbContext? context, bool inCallerTransaction)
    {
        if (context is DangVuDbContext { PendingMemberCounts: { } pending } owner && pending.InCallerTransaction == inCallerTransaction)
        {
            owner.PendingMemberCounts = pending with { Deltas = new Dictionary<CounterKey, int>() };
            return pending;
        }

        return null;
    }

    private static DbTransaction CallerTransaction(DbContext context) => context.Database.CurrentTransaction!.GetDbTransaction();

    private static void Finish(DbContext? context)
    {
        if (context is DangVuDbContext { PendingMemberCounts: { } pending } owner)
        {
            owner.Database.AutoTransactionBehavior = pending.AutoTransactionBehavior;
            owner.PendingMemberCounts = null;
        }
    }
}

/// <summary>Counter deltas of a save in progress.</summary>
internal sealed record PendingMemberCounts(
    IReadOnlyDictionary<CounterKey, int> Deltas, bool Npgsql, bool InCallerTransaction, AutoTransactionBehavior AutoTransactionBehavior);
