using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DangVu.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangVu.Data.Audit;

/// <summary>
/// Appends an audit entry for every row added, changed or deleted, and for every pending
/// <see cref="AuditEvent"/>, in the same SaveChanges (so the same transaction) as the change.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    // One writer at a time extends the chain in this process; the head's concurrency token
    // turns a writer in another process into a conflict instead of a fork.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);

    // Details stay readable in Vietnamese (the log is read by people); markup characters are still escaped.
    private static readonly JsonSerializerOptions DetailsJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DangVuDbContext context && CollectChanges(context) is { Count: > 0 } changes)
        {
            await ChainLock.WaitAsync(cancellationToken);
            context.HoldsAuditChainLock = true;
            try
            {
                var head = await context.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
                Append(context, head, changes);
            }
            catch
            {
                Release(context);
                throw;
            }
        }

        return result;
    }

    // Some framework parts save synchronously (the data-protection key store); they are audited the same way.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is DangVuDbContext context && CollectChanges(context) is { Count: > 0 } changes)
        {
            ChainLock.Wait();
            context.HoldsAuditChainLock = true;
            try
            {
                Append(context, context.AuditHeads.Single(h => h.Id == AuditHead.SingletonId), changes);
            }
            catch
            {
                Release(context);
                throw;
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context);
        return Task.CompletedTask;
    }

    // EF reports an optimistic-concurrency failure here and not to SaveChangesFailed: without this the chain's lock
    // would stay taken and every later save in the process would wait for it forever.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Failed(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Saved(DbContext? context)
    {
        if (context is DangVuDbContext owner)
        {
            owner.PendingAuditEvents.Clear();
            ForgetChain(owner);
        }

        Release(context);
    }

    private static void Failed(DbContext? context)
    {
        if (context is DangVuDbContext owner)
        {
            ForgetChain(owner);
        }

        Release(context);
    }

    /// <summary>
    /// Stops tracking the entries and the head, so the next save reads the head afresh under the lock
    /// (another context may have moved it) and a failed save's entries are not written by a retry.
    /// </summary>
    private static void ForgetChain(DangVuDbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is AuditEntry or AuditHead).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is DangVuDbContext { HoldsAuditChainLock: true } owner)
        {
            owner.HoldsAuditChainLock = false;
            ChainLock.Release();
        }
    }

    private static List<AuditEvent> CollectChanges(DangVuDbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var changes = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(entry => entry.Entity is not AuditEntry and not AuditHead)
            // A secret ballot's codes and marks would be tied to the voter by the entry's actor and time.
            .Where(entry => entry.Entity is not Reviews.ISecretBallotRow)
            .Select(Describe)
            .ToList();
        changes.AddRange(context.PendingAuditEvents);
        return changes;
    }

    private void Append(DangVuDbContext context, AuditHead head, List<AuditEvent> changes)
    {
        var occurredAt = AuditChain.Truncate(clock.GetUtcNow());
        foreach (var change in changes)
        {
            var record = new AuditRecord(
                head.Sequence + 1, occurredAt, change.Actor ?? context.AuditActor.Name, change.Action,
                change.EntityType, change.EntityId, change.Details, head.Hash);
            var hash = AuditChain.Hash(record);
            context.AuditEntries.Add(new AuditEntry
            {
                Sequence = record.Sequence,
                OccurredAt = record.OccurredAt,
                Actor = record.Actor,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                Details = record.Details,
                PreviousHash = record.PreviousHash,
                Hash = hash,
            });
            head.Sequence = record.Sequence;
            head.Hash = hash;
        }
    }

    private static AuditEvent Describe(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => "create",
            EntityState.Deleted => "delete",
            _ => "update",
        };
        var key = entry.Metadata.FindPrimaryKey();
        var entityId = key is null
            ? null
            : string.Join(",", key.Properties.Select(property => entry.Property(property.Name).CurrentValue));
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var value = entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
            fields[property.Metadata.Name] = Sensitive.IsSensitive(property.Metadata) ? "***" : value;
        }

        return new AuditEvent(action, entry.Metadata.ClrType.Name, entityId, JsonSerializer.Serialize(fields, DetailsJson));
    }
}
