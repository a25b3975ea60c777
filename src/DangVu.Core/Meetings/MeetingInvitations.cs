using DangVu.Core.Members;
using DangVu.Core.Rules;

namespace DangVu.Core.Meetings;

/// <summary>Who a cell invites to a meeting, from each member's status on the meeting's date and the rules of that date.</summary>
public static class MeetingInvitations
{
    /// <summary>
    /// Whether a member of the cell in <paramref name="status"/> on the meeting's date must attend, may attend, or is not
    /// invited (null): probationary and official members must; exempted members are invited without obligation unless
    /// the rule says otherwise; members temporarily active elsewhere meet at their host cell unless the rule says otherwise;
    /// anyone else is no longer (or not yet) a member of the cell.
    /// </summary>
    public static AttendanceExpectation? Expectation(MemberStatus status, MeetingAttendanceRule rule) => status switch
    {
        MemberStatus.Probationary or MemberStatus.Official => AttendanceExpectation.Expected,
        MemberStatus.Exempted => rule.ExemptedMustAttend ? AttendanceExpectation.Expected : AttendanceExpectation.Optional,
        MemberStatus.TemporarilyAway => rule.TemporarilyAwayMustAttend ? AttendanceExpectation.Expected : null,
        _ => null,
    };
}
