using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;

namespace DangVu.Data.Meetings;

/// <summary>
/// Posting documents for members to read before a meeting. The posting time is kept: a document posted later than the
/// lead time of the rules of the meeting's date is recorded with a warning (it is late, but members still need it).
/// </summary>
public sealed class MeetingDocuments(DangVuDbContext context, RuleBook book, TimeProvider clock, IAuditActor actor)
{
    /// <summary>
    /// Posts a document. <paramref name="postedAt"/> is for records of past meetings brought in from elsewhere (the demo,
    /// imports); people posting through the pages and the API post now.
    /// </summary>
    public async Task<MeetingOutcome> PostAsync(
        Guid meetingId, int expectedVersion, string? title, string? body, DateTimeOffset? postedAt = null, CancellationToken cancellationToken = default)
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

        var name = VietnameseText.Normalize(title);
        var text = MeetingScheduling.Text(body);
        var refusal = meeting.Status == MeetingStatus.Cancelled ? "Buổi sinh hoạt đã huỷ."
            : name.Length == 0 ? "Hãy nhập tên tài liệu."
            : name.Length > MeetingLimits.DocumentTitle ? $"Tên tài liệu dài quá {MeetingLimits.DocumentTitle} ký tự."
            : text.Length > MeetingLimits.DocumentBody ? $"Nội dung tài liệu dài quá {MeetingLimits.DocumentBody} ký tự."
            : null;
        if (refusal is not null)
        {
            return MeetingOutcome.Refused(refusal);
        }

        var document = new MeetingDocument
        {
            MeetingId = meeting.Id,
            Title = name,
            Body = text.Length > 0 ? text : null,
            PostedAt = postedAt ?? clock.GetUtcNow(),
            PostedBy = actor.Name,
        };
        meeting.Documents.Add(document);
        context.Add(document);
        var warnings = book.TryOn(meeting.Date, out var rules)
            ? MeetingFlags.ForMeeting(meeting.ToFacts(), rules, VietnameseDates.Today(clock))
                .Where(f => f.Kind == MeetingFlagKind.LateDocuments).Select(f => f.Message).ToList()
            : [];
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken, warnings);
    }

    /// <summary>Takes a document down (posted by mistake). The meeting's other documents keep their times.</summary>
    public async Task<MeetingOutcome> RemoveAsync(Guid meetingId, int expectedVersion, Guid documentId, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingSaving.LoadAsync(context, meetingId, cancellationToken);
        if (meeting is null || meeting.Documents.SingleOrDefault(d => d.Id == documentId) is not { } document)
        {
            return MeetingOutcome.Missing();
        }

        if (meeting.Version != expectedVersion)
        {
            return MeetingOutcome.Stale(meeting);
        }

        if (meeting.Status == MeetingStatus.Held)
        {
            return MeetingOutcome.Refused("Buổi sinh hoạt đã kết thúc; tài liệu được giữ lại cùng biên bản.");
        }

        meeting.Documents.Remove(document);
        context.Remove(document);
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken);
    }
}
