using System.ComponentModel.DataAnnotations;
using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Data.Meetings;
using DangVu.Web.Features.Meetings;

namespace DangVu.Web.Features.MemberView;

/// <summary>
/// A meeting the member is invited to: when, what, its documents, and their own answer. <c>Version</c> is their
/// invitation's (0 before any answer), to send back with a reply.
/// </summary>
public sealed record MyMeetingDto(
    Guid Id, string OrganizationName, DateOnly Date, TimeOnly StartTime, MeetingKind Kind, string KindName, string Topic, string? Agenda,
    string? Location, AttendanceExpectation Expectation, MemberReply Reply, string? ReplyReason, int Version, bool CanReply,
    IReadOnlyList<MeetingDocumentDto> Documents)
{
    public static MyMeetingDto From(MemberMeeting item, RuleBook book, DateTimeOffset now)
    {
        var meeting = item.Meeting;
        book.TryOn(meeting.Date, out var rules);
        return new(
            meeting.Id, item.OrganizationName, meeting.Date, meeting.StartTime, meeting.Kind, MeetingKinds.Title(meeting.Kind), meeting.Topic,
            meeting.Agenda, meeting.Location, item.Expectation, item.Invitation?.Reply ?? MemberReply.None, item.Invitation?.ReplyReason,
            item.Invitation?.Version ?? 0, now < meeting.StartsAt,
            [.. meeting.Documents.Select(d => new MeetingDocumentDto(d.Id, d.Title, d.Body, d.PostedAt, d.PostedBy, MeetingView.IsLate(meeting, d, rules)))]);
    }
}

/// <summary>A held meeting and how the member was marked at it.</summary>
public sealed record MyAttendanceDto(
    Guid Id, string OrganizationName, DateOnly Date, MeetingKind Kind, string Topic, AttendanceExpectation Expectation, AttendanceMark Mark,
    string MarkName, string? AbsenceReason)
{
    public static MyAttendanceDto From(MemberMeeting item) => new(
        item.Meeting.Id, item.OrganizationName, item.Meeting.Date, item.Meeting.Kind, item.Meeting.Topic, item.Expectation,
        item.Invitation?.Mark ?? AttendanceMark.NotTaken, MeetingLabels.Title(item.Invitation?.Mark ?? AttendanceMark.NotTaken), item.Invitation?.AbsenceReason);
}

/// <summary>The member's meetings: those to come, and their attendance at the last ones held (rate over meetings they had to attend).</summary>
public sealed record MyMeetingsDto(IReadOnlyList<MyMeetingDto> Upcoming, IReadOnlyList<MyAttendanceDto> History, double? AttendanceRate);

/// <summary>A member's answer to an invitation.</summary>
public sealed class ReplyRequest
{
    /// <summary>The invitation's version as read (0 before any answer).</summary>
    [Required(ErrorMessage = "Thiếu phiên bản của lời mời.")]
    public int? Version { get; set; }

    /// <summary>True: will attend. False: will be absent, for <see cref="Reason"/>.</summary>
    [Required(ErrorMessage = "Hãy cho biết có dự hay không.")]
    public bool? Attending { get; set; }

    public string? Reason { get; set; }
}
