using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>Saving a changed meeting: its version goes up, and a race lost to another save is a conflict, not an overwrite.</summary>
internal static class MeetingSaving
{
    public static async Task<MeetingOutcome> SaveAsync(
        DangVuDbContext context, CellMeeting meeting, CancellationToken cancellationToken, IReadOnlyList<string>? warnings = null)
    {
        meeting.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return MeetingOutcome.Stale(meeting);
        }

        return MeetingOutcome.Done(meeting, warnings);
    }

    /// <summary>The meeting with everything that hangs from it, tracked, or null.</summary>
    public static Task<CellMeeting?> LoadAsync(DangVuDbContext context, Guid id, CancellationToken cancellationToken) =>
        context.CellMeetings.Include(m => m.Invitations).Include(m => m.Documents).Include(m => m.Decisions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
}
