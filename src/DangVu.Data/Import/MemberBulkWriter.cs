using DangVu.Data.Members;
using DangVu.Data.Statistics;

namespace DangVu.Data.Import;

/// <summary>
/// Writes new member files (and their events) with <see cref="BulkInsert"/> inside the context's transaction, and
/// keeps the per-organization counters in step, which the change tracker would otherwise have done. Counters are
/// added batch by batch (they are sums), so memory stays that of one batch however long the load.
/// </summary>
public sealed class MemberBulkWriter(DangVuDbContext context)
{
    public int Written { get; private set; }

    public async Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        await BulkInsert.RowsAsync(context, members, cancellationToken);
        await BulkInsert.RowsAsync(context, members.SelectMany(member => member.Events).ToList(), cancellationToken);
        var counts = new MemberCountBatch();
        foreach (var member in members)
        {
            counts.Added(member);
        }

        await counts.ApplyAsync(context, cancellationToken);
        Written += members.Count;
    }
}
