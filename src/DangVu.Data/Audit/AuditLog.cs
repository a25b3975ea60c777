using DangVu.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Audit;

/// <summary>Writes events that are not row changes, and checks the chain.</summary>
public sealed class AuditLog(DangVuDbContext context)
{
    /// <summary>Appends one event (a sign-in, a view of confidential data) and saves.</summary>
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        context.PendingAuditEvents.Add(auditEvent);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Walks the whole log; returns the first break, or null, and how many entries were checked.</summary>
    public async Task<(AuditBreak? Break, long Checked)> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var verifier = new AuditChainVerifier();
        var entries = context.AuditEntries.AsNoTracking().OrderBy(entry => entry.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (verifier.Next(entry.ToRecord(), entry.Hash) is { } broken)
            {
                return (broken, verifier.Checked);
            }
        }

        var head = await context.AuditHeads.AsNoTracking().SingleAsync(cancellationToken);
        return (verifier.Finish(head.Sequence, head.Hash), verifier.Checked);
    }
}
