using DangVu.Data.Members;
using DangVu.Data.Statistics;

namespace DangVu.Data.Import;

/// <summary>
/// Writes new member files (and their events) with <see cref="BulkInsert"/> inside the context's transaction, and
/// keeps the per-organization counters in step, which the change tracker would otherwise have done: call
/// <see cref="CompleteAsync"/> once, in the same transaction, before committing.
/// </summary>
public sealed class MemberBulkWriter(DangVuDbContext context)
{
    private readonly MemberCountBatch _counts = new();

    public int Written => _counts.Members;

    public async Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        await BulkInsert.RowsAsync(context, members, cancellationToken);
        await BulkInsert.RowsAsync(context, members.SelectMany(member => member.Events).ToList(), cancellationToken);
        foreach (var member in members)
        {
            _counts.Added(member);
        }
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => _counts.ApplyAsync(context, cancellationToken);
}
