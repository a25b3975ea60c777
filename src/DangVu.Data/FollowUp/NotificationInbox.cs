using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.FollowUp;

/// <summary>One account's in-app notifications: newest first, unread counted, marked read.</summary>
public sealed class NotificationInbox(DangVuDbContext context, TimeProvider clock)
{
    public async Task<IReadOnlyList<Notification>> ListAsync(Guid userId, int take = 100, CancellationToken cancellationToken = default) =>
        await context.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(take).ToListAsync(cancellationToken);

    public Task<int> UnreadAsync(Guid userId, CancellationToken cancellationToken = default) =>
        context.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>Marks one notification (or, with no id, all) of the account read; false when the id is not theirs.</summary>
    public async Task<bool> MarkReadAsync(Guid userId, Guid? id, CancellationToken cancellationToken = default)
    {
        var unread = await context.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id)).ToListAsync(cancellationToken);
        if (id is not null && unread.Count == 0)
        {
            return await context.Notifications.AnyAsync(n => n.UserId == userId && n.Id == id, cancellationToken);
        }

        var now = clock.GetUtcNow();
        unread.ForEach(n => n.ReadAt = now);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }
}
