using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Data.Meetings;

namespace DangVu.Web.Features.Meetings;

/// <summary>Builds what pages and the API show of a meeting: documents marked late, the rating's name, the flags of its own rules.</summary>
internal static class MeetingView
{
    public static MeetingDto Dto(
        CellMeeting meeting, string organizationName, IReadOnlyList<MeetingInvitation> invitations, RuleBook book, DateOnly today,
        IReadOnlyList<string>? warnings = null)
    {
        book.TryOn(meeting.Date, out var rules);
        return new MeetingDto(
            meeting.Id, meeting.OrganizationId, organizationName, meeting.Date, meeting.StartTime, meeting.Kind, meeting.Status, meeting.Topic,
            meeting.Agenda, meeting.Location, meeting.Expected, meeting.PresentOfExpected, meeting.DurationMinutes, meeting.DuesCollected,
            meeting.QualityLevel, QualityName(meeting, rules), meeting.Chair, meeting.Recorder, meeting.Proceedings, meeting.CancelledReason,
            meeting.RuleSetId, meeting.Version, meeting.IsSynthetic,
            [.. meeting.Documents.Select(d => new MeetingDocumentDto(d.Id, d.Title, d.Body, d.PostedAt, d.PostedBy, IsLate(meeting, d, rules)))],
            [.. invitations.Select(MeetingInvitationDto.From)],
            [.. meeting.Decisions.Select(d => new MeetingDecisionDto(d.Number, d.Text, d.TrackAsTask, d.FollowUpTaskId))],
            Flags(meeting, rules, today).Select(MeetingFlagDto.Of).ToList(),
            warnings ?? []);
    }

    /// <summary>The flags the rules of the meeting's date raise about it.</summary>
    public static IReadOnlyList<MeetingFlag> Flags(CellMeeting meeting, RuleSet? rules, DateOnly today) =>
        rules is null || meeting.Status == MeetingStatus.Cancelled ? [] : [.. MeetingFlags.ForMeeting(meeting.ToFacts(), rules, today)];

    /// <summary>Whether a document went up after the lead time before its meeting.</summary>
    public static bool IsLate(CellMeeting meeting, MeetingDocument document, RuleSet? rules) =>
        rules is not null && MeetingTime.DateOf(document.PostedAt) > MeetingFlags.LatestPostingDay(meeting.Date, rules);

    /// <summary>The name of the level the cell rated the meeting at, in the rules of its date.</summary>
    public static string? QualityName(CellMeeting meeting, RuleSet? rules) =>
        meeting.QualityLevel is { } level ? rules?.MeetingQuality.Value?.Name(level) : null;
}
