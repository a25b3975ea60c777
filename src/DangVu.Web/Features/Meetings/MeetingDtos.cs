using System.ComponentModel.DataAnnotations;
using DangVu.Core.Meetings;
using DangVu.Data.Meetings;

namespace DangVu.Web.Features.Meetings;

/// <summary>A meeting in a list.</summary>
public sealed record MeetingSummaryDto(
    Guid Id, Guid Organization, string OrganizationName, DateOnly Date, TimeOnly StartTime, MeetingKind Kind, string KindName,
    MeetingStatus Status, string StatusName, string Topic, int Expected, int PresentOfExpected, int Documents, bool IsSynthetic)
{
    public static MeetingSummaryDto From(MeetingSummary summary) => new(
        summary.Meeting.Id, summary.Meeting.OrganizationId, summary.OrganizationName, summary.Meeting.Date, summary.Meeting.StartTime,
        summary.Meeting.Kind, MeetingKinds.Title(summary.Meeting.Kind), summary.Meeting.Status, MeetingLabels.Title(summary.Meeting.Status),
        summary.Meeting.Topic, summary.Meeting.Expected, summary.Meeting.PresentOfExpected, summary.DocumentCount, summary.Meeting.IsSynthetic);
}

/// <summary>A posted document; <c>Late</c> when posted after the lead time of the rules of the meeting's date.</summary>
public sealed record MeetingDocumentDto(Guid Id, string Title, string? Body, DateTimeOffset PostedAt, string PostedBy, bool Late);

/// <summary>A member invited: whether they had to come, their reply, and how they were marked.</summary>
public sealed record MeetingInvitationDto(
    Guid Member, string FullName, AttendanceExpectation Expectation, MemberReply Reply, string? ReplyReason, AttendanceMark Mark,
    string? AbsenceReason, bool DuesPaid)
{
    public static MeetingInvitationDto From(MeetingInvitation invitation) => new(
        invitation.MemberId, invitation.FullName, invitation.Expectation, invitation.Reply, invitation.ReplyReason, invitation.Mark,
        invitation.AbsenceReason, invitation.DuesPaid);
}

/// <summary>A decision; one marked <c>TrackAsTask</c> became the follow-up task <c>FollowUpTask</c> when the meeting closed.</summary>
public sealed record MeetingDecisionDto(int Number, string Text, bool TrackAsTask, Guid? FollowUpTask);

/// <summary>A flag raised by the rules of its date, in Vietnamese with the rule's source.</summary>
public sealed record MeetingFlagDto(MeetingFlagKind Kind, string KindName, DateOnly From, DateOnly To, Guid? Meeting, string Message, string RuleSet)
{
    public static MeetingFlagDto Of(MeetingFlag flag) =>
        new(flag.Kind, MeetingFlag.Title(flag.Kind), flag.From, flag.To, flag.MeetingId, flag.Message, flag.RuleSetId);
}

/// <summary>A meeting with everything recorded for it, and the flags its own rules raise.</summary>
public sealed record MeetingDto(
    Guid Id, Guid Organization, string OrganizationName, DateOnly Date, TimeOnly StartTime, MeetingKind Kind, MeetingStatus Status,
    string Topic, string? Agenda, string? Location, int Expected, int PresentOfExpected, int? DurationMinutes, long? DuesCollected,
    int? QualityLevel, string? QualityName, string? Chair, string? Recorder, string? Proceedings, string? CancelledReason, string? RuleSet,
    int Version, bool IsSynthetic, IReadOnlyList<MeetingDocumentDto> Documents, IReadOnlyList<MeetingInvitationDto> Invitations,
    IReadOnlyList<MeetingDecisionDto> Decisions, IReadOnlyList<MeetingFlagDto> Flags, IReadOnlyList<string> Warnings);

/// <summary>Schedules a meeting (or records a past one). Dates as <c>yyyy-MM-dd</c>, times as <c>HH:mm</c>.</summary>
public sealed class CreateMeetingRequest
{
    [Required(ErrorMessage = "Hãy chọn chi bộ.")]
    public Guid? Organization { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày sinh hoạt.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Hãy nhập giờ bắt đầu.")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Hãy chọn loại buổi sinh hoạt.")]
    public MeetingKind? Kind { get; set; }

    public string? Topic { get; set; }

    public string? Agenda { get; set; }

    public string? Location { get; set; }
}

/// <summary>Changes a planned meeting; <c>Version</c> is the one read.</summary>
public sealed class UpdateMeetingRequest
{
    [Required(ErrorMessage = "Thiếu phiên bản của buổi sinh hoạt.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày sinh hoạt.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Hãy nhập giờ bắt đầu.")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Hãy chọn loại buổi sinh hoạt.")]
    public MeetingKind? Kind { get; set; }

    public string? Topic { get; set; }

    public string? Agenda { get; set; }

    public string? Location { get; set; }
}

/// <summary>Lays out the rest of a year for a cell, as the rules require.</summary>
public sealed class PlanYearRequest
{
    [Required(ErrorMessage = "Hãy chọn chi bộ.")]
    public Guid? Organization { get; set; }

    [Required(ErrorMessage = "Hãy nhập năm.")]
    public int? Year { get; set; }

    [Range(1, MeetingPlanOptions.LatestDay, ErrorMessage = "Ngày sinh hoạt hằng tháng phải từ 1 đến 28.")]
    public int DayOfMonth { get; set; } = MeetingPlanOptions.Default.DayOfMonth;

    public TimeOnly StartTime { get; set; } = new(8, 0);

    public bool CombineThematic { get; set; } = true;
}

/// <summary>Calls off a planned meeting.</summary>
public sealed class CancelMeetingRequest
{
    [Required(ErrorMessage = "Thiếu phiên bản của buổi sinh hoạt.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy ghi lý do huỷ.")]
    public string? Reason { get; set; }
}

/// <summary>Posts a document for members to read before the meeting.</summary>
public sealed class PostDocumentRequest
{
    [Required(ErrorMessage = "Thiếu phiên bản của buổi sinh hoạt.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập tên tài liệu.")]
    public string? Title { get; set; }

    public string? Body { get; set; }
}

/// <summary>One member's mark.</summary>
public sealed class AttendanceMarkRequest
{
    [Required(ErrorMessage = "Thiếu đảng viên.")]
    public Guid? Member { get; set; }

    public AttendanceMark Mark { get; set; }

    public string? Reason { get; set; }

    public bool DuesPaid { get; set; }
}

/// <summary>Takes attendance (all or some of the invited members).</summary>
public sealed class RecordAttendanceRequest
{
    [Required(ErrorMessage = "Thiếu phiên bản của buổi sinh hoạt.")]
    public int? Version { get; set; }

    public List<AttendanceMarkRequest> Marks { get; set; } = [];
}

/// <summary>A decision of the meeting.</summary>
public sealed class DecisionItemRequest
{
    public string? Text { get; set; }

    /// <summary>To be tracked as a task by the directive follow-up (issue 5).</summary>
    public bool TrackAsTask { get; set; }
}

/// <summary>Closes a held meeting: length, dues, rating (an index into the levels of the rules of its date, best first), minutes, decisions.</summary>
public sealed class CloseMeetingRequest
{
    [Required(ErrorMessage = "Thiếu phiên bản của buổi sinh hoạt.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập thời lượng (phút).")]
    public int? DurationMinutes { get; set; }

    public long? DuesCollected { get; set; }

    public int? QualityLevel { get; set; }

    public string? Chair { get; set; }

    public string? Recorder { get; set; }

    public string? Proceedings { get; set; }

    public List<DecisionItemRequest> Decisions { get; set; } = [];
}

/// <summary>A cell's meetings over the period: flags, weak-cell reasons, figures.</summary>
public sealed record CellReviewDto(
    Guid Id, string Name, bool Recorded, bool Weak, IReadOnlyList<string> WeakReasons, int Held, int ThematicHeld, int Expected, int Present, double? AttendanceRate,
    IReadOnlyList<MeetingFlagDto> Flags)
{
    public static CellReviewDto From(CellReview cell) => new(
        cell.Id, cell.Name, cell.Recorded, cell.IsWeak, cell.WeakReasons, cell.Held, cell.ThematicHeld, cell.Expected, cell.Present,
        MeetingReviewDto.Rate(cell.Present, cell.Expected), [.. cell.Flags.Select(MeetingFlagDto.Of)]);
}

/// <summary>One month's figures.</summary>
public sealed record MonthFiguresDto(int Year, int Month, int Held, int ThematicHeld, int Expected, int Present, double? AttendanceRate, int Flags);

/// <summary>How many flags of one kind.</summary>
public sealed record FlagCountDto(MeetingFlagKind Kind, string KindName, int Count);

/// <summary>
/// The meetings of a subtree over a period: totals, flags by kind, weak cells, by month and by cell. Cells with no
/// meeting recorded in the period are counted in <c>UnrecordedCells</c>, not among the weak cells or the flag counts.
/// </summary>
public sealed record MeetingReviewDto(
    Guid? Organization, string Scope, DateOnly From, DateOnly To, int Cells, int Held, int ThematicHeld, int Expected, int Present,
    double? AttendanceRate, IReadOnlyList<FlagCountDto> FlagCounts, int WeakCells, int UnrecordedCells, IReadOnlyList<MonthFiguresDto> Months, IReadOnlyList<CellReviewDto> CellReviews)
{
    public static MeetingReviewDto Of(MeetingReview review, Guid? organization, string scope) => new(
        organization, scope, review.From, review.To, review.Cells.Count, review.Held, review.ThematicHeld, review.Expected, review.Present,
        Rate(review.Present, review.Expected), [.. review.FlagCounts.Select(c => new FlagCountDto(c.Kind, MeetingFlag.Title(c.Kind), c.Count))],
        review.WeakCells.Count, review.Unrecorded.Count,
        [.. review.Months.Select(m => new MonthFiguresDto(m.Year, m.Month, m.Held, m.ThematicHeld, m.Expected, m.Present, Rate(m.Present, m.Expected), m.Flags))],
        [.. review.Cells.Select(CellReviewDto.From)]);

    /// <summary>Present over expected, 0–1; null when nobody was expected.</summary>
    public static double? Rate(int present, int expected) => expected == 0 ? null : Math.Round((double)present / expected, 4);
}
