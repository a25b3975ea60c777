namespace DangVu.Data.Meetings;

/// <summary>
/// The result of a change to a meeting: the meeting, or the refusals (Vietnamese, nothing written); warnings the rules
/// raised but did not refuse (a short meeting, few present); a conflict when the meeting changed since it was read.
/// </summary>
public sealed record MeetingOutcome(CellMeeting? Meeting, IReadOnlyList<string> Refusals, IReadOnlyList<string> Warnings, bool Conflict = false, bool NotFound = false)
{
    public static MeetingOutcome Done(CellMeeting meeting, IReadOnlyList<string>? warnings = null) => new(meeting, [], warnings ?? []);

    public static MeetingOutcome Refused(params string[] refusals) => new(null, refusals, []);

    public static MeetingOutcome Missing() => new(null, ["Không tìm thấy buổi sinh hoạt."], [], NotFound: true);

    public static MeetingOutcome Stale(CellMeeting meeting) => new(null,
        [$"Buổi sinh hoạt ngày {Core.Text.VietnameseDates.Numeric(meeting.Date)} vừa được người khác thay đổi; hãy tải lại rồi làm lại."], [], Conflict: true);
}
