namespace DangVu.Core.Meetings;

/// <summary>Where a cell meeting stands.</summary>
public enum MeetingStatus
{
    /// <summary>Scheduled (planned for the year, or set by the secretary); not yet held.</summary>
    Planned = 1,

    /// <summary>Held and closed: attendance, duration and minutes recorded.</summary>
    Held = 2,

    /// <summary>Called off. The month still needs its meeting.</summary>
    Cancelled = 3,
}

/// <summary>Whether a member must attend a meeting, from their status on its date and the rules of that date.</summary>
public enum AttendanceExpectation
{
    /// <summary>Must attend: absent without a reason counts against the cell.</summary>
    Expected = 1,

    /// <summary>Invited but not obliged (exempted from party activity): never counted absent.</summary>
    Optional = 2,
}

/// <summary>What a member said before the meeting.</summary>
public enum MemberReply
{
    /// <summary>No answer yet.</summary>
    None = 0,

    /// <summary>Xác nhận sẽ dự.</summary>
    WillAttend = 1,

    /// <summary>Báo vắng, with a reason.</summary>
    WillBeAbsent = 2,
}

/// <summary>Attendance as the secretary records it.</summary>
public enum AttendanceMark
{
    /// <summary>Not yet taken.</summary>
    NotTaken = 0,

    /// <summary>Có mặt.</summary>
    Present = 1,

    /// <summary>Vắng có lý do.</summary>
    ExcusedAbsence = 2,

    /// <summary>Vắng không lý do.</summary>
    UnexcusedAbsence = 3,
}

/// <summary>Vietnamese names of the meeting states, for pages and documents.</summary>
public static class MeetingLabels
{
    /// <summary>The name of a status.</summary>
    public static string Title(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Đã lên lịch",
        MeetingStatus.Held => "Đã sinh hoạt",
        _ => "Đã huỷ",
    };

    /// <summary>The name of an expectation.</summary>
    public static string Title(AttendanceExpectation expectation) =>
        expectation == AttendanceExpectation.Expected ? "Phải dự" : "Miễn sinh hoạt, không bắt buộc dự";

    /// <summary>The name of a reply.</summary>
    public static string Title(MemberReply reply) => reply switch
    {
        MemberReply.WillAttend => "Đã xác nhận dự",
        MemberReply.WillBeAbsent => "Đã báo vắng",
        _ => "Chưa trả lời",
    };

    /// <summary>The name of an attendance mark.</summary>
    public static string Title(AttendanceMark mark) => mark switch
    {
        AttendanceMark.Present => "Có mặt",
        AttendanceMark.ExcusedAbsence => "Vắng có lý do",
        AttendanceMark.UnexcusedAbsence => "Vắng không lý do",
        _ => "Chưa điểm danh",
    };
}
