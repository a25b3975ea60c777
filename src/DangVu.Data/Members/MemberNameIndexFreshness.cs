using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangVu.Data.Members;

/// <summary>
/// Notes that this process committed something, so that <see cref="MemberNameIndex"/>'s next search reads the change
/// feed first and a user finds the member they just saved. SaveChanges without a transaction of its own (one
/// statement) is seen as saved changes, everything else as a committed transaction.
/// </summary>
public sealed class MemberNameIndexFreshness : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private int _committed;

    /// <summary>Whether anything was committed since the last call.</summary>
    public bool TakeCommitted() => Interlocked.Exchange(ref _committed, 0) == 1;

    /// <summary>Makes the next <see cref="TakeCommitted"/> true, as after a commit.</summary>
    public void Committed() => Volatile.Write(ref _committed, 1);

    public bool Pending => Volatile.Read(ref _committed) == 1;

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Committed();
        return ValueTask.FromResult(result);
    }
}
