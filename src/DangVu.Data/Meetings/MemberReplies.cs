using DangVu.Core.Meetings;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>The result of a member's reply: their invitation, or why it was refused.</summary>
public sealed record ReplyOutcome(MeetingInvitation? Invitation, string? Refusal, bool Conflict = false, bool NotFound = false);

/// <summary>
/// A member confirming they will attend, or sending the reason they will be absent, before the meeting starts. Only a
/// member the cell invites may reply, and only to their own invitation; the secretary sees the reply when taking attendance.
/// </summary>
public sealed class MemberReplies(DangVuDbContext context, MeetingInvitationList invitations, TimeProvider clock)
{
    /// <param name="meetingId">The meeting.</param>
    /// <param name="memberId">The member replying (the signed-in account's member file).</param>
    /// <param name="expectedVersion">The version of the member's invitation as they saw it (0 before any reply).</param>
    /// <param name="attending">True to confirm, false to send a reason for absence.</param>
    /// <param name="reason">Why the member will be absent.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ReplyOutcome> ReplyAsync(
        Guid meetingId, Guid memberId, int expectedVersion, bool attending, string? reason, CancellationToken cancellationToken = default)
    {
        var meeting = await context.CellMeetings.Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        var invitation = meeting?.Invitations.SingleOrDefault(i => i.MemberId == memberId);
        if (meeting is not null && invitation is null && meeting.Status == MeetingStatus.Planned)
        {
            // Joined the cell after the meeting was planned: the invitation is made now, if the member is invited at all.
            await invitations.RefreshAsync(meeting, cancellationToken);
            invitation = meeting.Invitations.SingleOrDefault(i => i.MemberId == memberId);
        }

        if (meeting is null || invitation is null)
        {
            context.ChangeTracker.Clear();
            return new(null, "Không tìm thấy lời mời dự buổi sinh hoạt này.", NotFound: true);
        }

        if (invitation.Version != expectedVersion)
        {
            context.ChangeTracker.Clear();
            return new(null, "Đồng chí đã trả lời lời mời này ở nơi khác; hãy tải lại trang để xem câu trả lời mới nhất.", Conflict: true);
        }

        var text = VietnameseText.Normalize(reason);
        var refusal = meeting.Status != MeetingStatus.Planned ? "Buổi sinh hoạt đã kết thúc hoặc đã huỷ; không trả lời được nữa."
            : clock.GetUtcNow() >= meeting.StartsAt ? "Buổi sinh hoạt đã bắt đầu; hãy báo trực tiếp với bí thư chi bộ."
            : !attending && text.Length == 0 ? "Hãy ghi lý do vắng mặt."
            : text.Length > MeetingLimits.Reason ? $"Lý do dài quá {MeetingLimits.Reason} ký tự."
            : null;
        if (refusal is not null)
        {
            context.ChangeTracker.Clear();
            return new(null, refusal);
        }

        invitation.Reply = attending ? MemberReply.WillAttend : MemberReply.WillBeAbsent;
        invitation.ReplyReason = attending ? null : text;
        invitation.RepliedAt = clock.GetUtcNow();
        invitation.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new(null, "Đồng chí đã trả lời lời mời này ở nơi khác; hãy tải lại trang để xem câu trả lời mới nhất.", Conflict: true);
        }

        return new(invitation, null);
    }
}
