using DangVu.Core.Meetings;
using DangVu.Core.Text;

namespace DangVu.Data.Meetings;

/// <summary>How the secretary marks one invited member.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Mark">Present, absent with or without a reason (or not yet taken).</param>
/// <param name="Reason">Why the member was absent; the member's own reason is used when left blank.</param>
/// <param name="DuesPaid">Whether the member paid party dues at the meeting.</param>
public sealed record AttendanceEntry(Guid MemberId, AttendanceMark Mark, string? Reason, bool DuesPaid);

/// <summary>
/// Taking attendance at a meeting (điểm danh). The list is brought up to date with the registry first, so a member who
/// joined the cell since the meeting was planned is on it; only members who had to attend count towards the rate.
/// </summary>
public sealed class MeetingAttendanceRecording(DangVuDbContext context, MeetingInvitationList invitations, TimeProvider clock)
{
    public async Task<MeetingOutcome> RecordAsync(
        Guid meetingId, int expectedVersion, IReadOnlyCollection<AttendanceEntry> entries, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingSaving.LoadAsync(context, meetingId, cancellationToken);
        if (meeting is null)
        {
            return MeetingOutcome.Missing();
        }

        if (meeting.Version != expectedVersion)
        {
            return MeetingOutcome.Stale(meeting);
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            return MeetingOutcome.Refused(meeting.Status == MeetingStatus.Held
                ? "Buổi sinh hoạt đã kết thúc; không sửa điểm danh được nữa."
                : "Buổi sinh hoạt đã huỷ.");
        }

        if (meeting.Date > VietnameseDates.Today(clock))
        {
            return MeetingOutcome.Refused($"Chưa đến ngày sinh hoạt ({VietnameseDates.Numeric(meeting.Date)}); chỉ điểm danh khi buổi sinh hoạt diễn ra.");
        }

        await invitations.RefreshAsync(meeting, cancellationToken);
        var refusals = new List<string>();
        foreach (var entry in entries)
        {
            if (meeting.Invitations.SingleOrDefault(i => i.MemberId == entry.MemberId) is not { } invitation)
            {
                refusals.Add("Có đảng viên không thuộc danh sách mời của buổi sinh hoạt này.");
                continue;
            }

            var reason = VietnameseText.Normalize(entry.Reason);
            if (reason.Length == 0 && entry.Mark == AttendanceMark.ExcusedAbsence)
            {
                reason = invitation.ReplyReason ?? string.Empty;
            }

            if (!Enum.IsDefined(entry.Mark))
            {
                refusals.Add($"{invitation.FullName}: cách điểm danh không hợp lệ.");
            }
            else if (entry.Mark == AttendanceMark.ExcusedAbsence && reason.Length == 0)
            {
                refusals.Add($"{invitation.FullName}: vắng có lý do thì hãy ghi lý do.");
            }
            else if (reason.Length > MeetingLimits.Reason)
            {
                refusals.Add($"{invitation.FullName}: lý do dài quá {MeetingLimits.Reason} ký tự.");
            }

            invitation.Mark = entry.Mark;
            invitation.AbsenceReason = entry.Mark is AttendanceMark.ExcusedAbsence or AttendanceMark.UnexcusedAbsence && reason.Length > 0 ? reason : null;
            invitation.DuesPaid = entry.DuesPaid;
        }

        if (refusals.Count > 0)
        {
            context.ChangeTracker.Clear();
            return new(null, refusals, []);
        }

        meeting.Recount();
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken);
    }
}
