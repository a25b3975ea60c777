using DangVu.Core.Meetings;

namespace DangVu.Data.Meetings;

/// <summary>
/// One cell meeting (sinh hoạt chi bộ): when, what kind, its agenda, the documents posted for it, who was invited and
/// who came, and once held its length, dues collected, minutes, decisions and the cell's own rating of it. The counts of
/// attendance are copied from the invitations so lists, flags and statistics read one row.
/// </summary>
public sealed class CellMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The cell (or grassroots cell) that meets.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The cell's materialized path, so "meetings under X" is one index range.</summary>
    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    public DateOnly Date { get; set; }

    /// <summary>The time it starts, in Vietnam.</summary>
    public TimeOnly StartTime { get; set; }

    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>Chủ đề: the topic (of the thematic session, or the month's main subject).</summary>
    public string Topic { get; set; } = string.Empty;

    /// <summary>Chương trình: the agenda, one item a line.</summary>
    public string? Agenda { get; set; }

    /// <summary>Địa điểm.</summary>
    public string? Location { get; set; }

    /// <summary>Members who had to attend, and of them how many were present (see <see cref="AttendanceTally"/>).</summary>
    public int Expected { get; set; }

    public int PresentOfExpected { get; set; }

    /// <summary>How long it lasted, in minutes, once held.</summary>
    public int? DurationMinutes { get; set; }

    /// <summary>Party dues collected at the meeting, in đồng.</summary>
    public long? DuesCollected { get; set; }

    /// <summary>The cell's rating of the meeting: an index into the levels of the rules of its date, best first.</summary>
    public int? QualityLevel { get; set; }

    /// <summary>Chủ trì.</summary>
    public string? Chair { get; set; }

    /// <summary>Thư ký: who kept the minutes.</summary>
    public string? Recorder { get; set; }

    /// <summary>Diễn biến: what was reported and said, for the minutes.</summary>
    public string? Proceedings { get; set; }

    /// <summary>Why it was called off.</summary>
    public string? CancelledReason { get; set; }

    /// <summary>The rule set of the meeting's date that judged it when it was closed.</summary>
    public string? RuleSetId { get; set; }

    public string? ClosedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Bumped by every change; a change made against an older version is refused.</summary>
    public int Version { get; set; }

    public List<MeetingDocument> Documents { get; } = [];

    public List<MeetingInvitation> Invitations { get; } = [];

    public List<MeetingDecision> Decisions { get; } = [];

    /// <summary>When it starts, as an instant.</summary>
    public DateTimeOffset StartsAt => MeetingTime.Instant(Date, StartTime);

    /// <summary>What the flags need to know of it.</summary>
    public MeetingFacts ToFacts() => new(
        Id, Date, Kind, Status, Expected, PresentOfExpected, DurationMinutes, QualityLevel,
        [.. Documents.Select(d => new PostedDocument(d.Title, MeetingTime.DateOf(d.PostedAt)))]);

    /// <summary>Copies the counts of <see cref="Invitations"/>.</summary>
    public void Recount()
    {
        var tally = AttendanceTally.Of(Invitations.Select(i => (i.Expectation, i.Mark)));
        Expected = tally.Expected;
        PresentOfExpected = tally.PresentOfExpected;
    }
}
