using DangVu.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>
/// About how many member files the database holds, for search to size its plans (<see cref="MemberNameSearch"/>):
/// read from the whole tree's counters and kept for a minute, since a plan only needs the order of magnitude.
/// </summary>
public sealed class MemberFileCount(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private (int Count, DateTimeOffset ReadAt)? _last;

    internal async Task<int> GetAsync(DangVuDbContext context, CancellationToken cancellationToken)
    {
        if (_last is { } last && clock.GetUtcNow() - last.ReadAt < KeptFor)
        {
            return last.Count;
        }

        var count = await context.MemberCounts
            .Where(c => c.OrganizationId == Guid.Empty && c.Dimension == MemberDimension.Status).SumAsync(c => c.Count, cancellationToken);
        _last = (count, clock.GetUtcNow());
        return count;
    }
}
