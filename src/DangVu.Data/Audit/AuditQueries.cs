using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Audit;

/// <summary>Reading the audit log, newest first.</summary>
public sealed class AuditQueries(DangVuDbContext context)
{
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(long? before, int take, CancellationToken cancellationToken = default)
    {
        var query = context.AuditEntries.AsNoTracking();
        if (before is { } sequence)
        {
            query = query.Where(entry => entry.Sequence < sequence);
        }

        return await query.OrderByDescending(entry => entry.Sequence).Take(take).ToListAsync(cancellationToken);
    }
}
