using DangVu.Core.Meetings;

namespace DangVu.Data.Meetings;

/// <summary>A member invited to a meeting: whether they had to come, what they answered beforehand, and how the secretary marked them.</summary>
public sealed class MeetingInvitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>The member's name when invited, for the minutes.</summary>
    public string FullName { get; set; } = string.Empty;

    public AttendanceExpectation Expectation { get; set; }

    public MemberReply Reply { get; set; }

    /// <summary>The reason the member gave for being absent.</summary>
    public string? ReplyReason { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public AttendanceMark Mark { get; set; }

    /// <summary>The reason recorded by the secretary for an absence.</summary>
    public string? AbsenceReason { get; set; }

    /// <summary>Whether the member paid party dues at the meeting.</summary>
    public bool DuesPaid { get; set; }

    /// <summary>Bumped by each reply; a reply sent against an older version is refused.</summary>
    public int Version { get; set; }
}
