using DangVu.Core.FollowUp;
using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.FollowUp;

namespace DangVu.Data.Meetings;

/// <summary>A decision to record: its text, and whether the follow-up feature is to track it as a task.</summary>
public sealed record DecisionRequest(string? Text, bool TrackAsTask);

/// <summary>What closing a meeting records.</summary>
public sealed record CloseMeeting(
    int DurationMinutes, long? DuesCollected, int? QualityLevel, string? Chair, string? Recorder, string? Proceedings,
    IReadOnlyList<DecisionRequest> Decisions);

/// <summary>
/// Closing a held meeting: its length, the dues collected, the minutes' proceedings, its decisions and the cell's own
/// rating, judged by the rules of the meeting's date. A missing rating where those rules ask for one, or a member not
/// yet marked, is refused; a meeting too short or too thinly attended is recorded with a warning (the rules say how it
/// should have been; refusing to record how it was would only lose it) and shows among the office's flags.
/// </summary>
public sealed class MeetingClosing(DangVuDbContext context, RuleBook book, TimeProvider clock, IAuditActor actor, FollowUpTasks followUp)
{
    public async Task<MeetingOutcome> CloseAsync(Guid meetingId, int expectedVersion, CloseMeeting request, CancellationToken cancellationToken = default)
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

        var today = VietnameseDates.Today(clock);
        if (meeting.Status != MeetingStatus.Planned)
        {
            return MeetingOutcome.Refused(meeting.Status == MeetingStatus.Held ? "Buổi sinh hoạt đã kết thúc." : "Buổi sinh hoạt đã huỷ.");
        }

        if (meeting.Date > today)
        {
            return MeetingOutcome.Refused($"Chưa đến ngày sinh hoạt ({VietnameseDates.Numeric(meeting.Date)}).");
        }

        var rules = book.On(meeting.Date);
        var refusals = new List<string>();
        var unmarked = meeting.Invitations.Where(i => i.Expectation == AttendanceExpectation.Expected && i.Mark == AttendanceMark.NotTaken).ToList();
        if (unmarked.Count > 0)
        {
            refusals.Add($"Còn {unmarked.Count} đảng viên phải dự chưa được điểm danh ({string.Join(", ", unmarked.Take(5).Select(i => i.FullName))}{(unmarked.Count > 5 ? "…" : "")}).");
        }

        if (request.DurationMinutes is < 1 or > MeetingLimits.LongestMinutes)
        {
            refusals.Add($"Thời lượng phải từ 1 đến {MeetingLimits.LongestMinutes} phút.");
        }

        if (request.DuesCollected is < 0 or > MeetingLimits.LargestDues)
        {
            refusals.Add("Số đảng phí thu được không hợp lệ.");
        }

        var quality = rules.MeetingQuality;
        if (quality.Value is { } levels && (request.QualityLevel is not { } level || levels.Name(level) is null))
        {
            refusals.Add($"Hãy tự đánh giá chất lượng buổi sinh hoạt ({string.Join(", ", levels.Levels)}). {MeetingCitation.Cite(RuleTopics.MeetingQuality, quality)}");
        }

        var chair = VietnameseText.Normalize(request.Chair);
        var recorder = VietnameseText.Normalize(request.Recorder);
        var proceedings = MeetingScheduling.Text(request.Proceedings);
        if (chair.Length > MeetingLimits.PersonName || recorder.Length > MeetingLimits.PersonName)
        {
            refusals.Add($"Tên người chủ trì hoặc thư ký dài quá {MeetingLimits.PersonName} ký tự.");
        }

        if (proceedings.Length > MeetingLimits.Proceedings)
        {
            refusals.Add($"Diễn biến dài quá {MeetingLimits.Proceedings} ký tự.");
        }

        var decisions = request.Decisions.Select(d => (Text: VietnameseText.Normalize(d.Text), d.TrackAsTask)).Where(d => d.Text.Length > 0).ToList();
        if (decisions.Count > MeetingLimits.Decisions)
        {
            refusals.Add($"Nhiều nhất {MeetingLimits.Decisions} nội dung quyết nghị.");
        }

        if (decisions.Any(d => d.Text.Length > MeetingLimits.DecisionText))
        {
            refusals.Add($"Mỗi nội dung quyết nghị dài nhiều nhất {MeetingLimits.DecisionText} ký tự.");
        }

        if (refusals.Count > 0)
        {
            return new(null, refusals, []);
        }

        meeting.Status = MeetingStatus.Held;
        meeting.DurationMinutes = request.DurationMinutes;
        meeting.DuesCollected = request.DuesCollected;
        meeting.QualityLevel = quality.Value is null ? null : request.QualityLevel;
        meeting.Chair = chair.Length > 0 ? chair : null;
        meeting.Recorder = recorder.Length > 0 ? recorder : null;
        meeting.Proceedings = proceedings.Length > 0 ? proceedings : null;
        meeting.RuleSetId = rules.Id;
        meeting.ClosedBy = actor.Name;
        meeting.ClosedAt = clock.GetUtcNow();
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = new MeetingDecision { MeetingId = meeting.Id, Number = i + 1, Text = decisions[i].Text, TrackAsTask = decisions[i].TrackAsTask };
            if (decision.TrackAsTask)
            {
                var (task, errors) = await followUp.PrepareFromTextAsync(TaskOf(meeting, decision), cancellationToken);
                if (task is null)
                {
                    context.ChangeTracker.Clear();
                    return new(null, [.. errors.Select(e => $"Quyết nghị {decision.Number}: {e.Message}")], []);
                }

                followUp.Track([task]);
                decision.FollowUpTaskId = task.Id;
            }

            meeting.Decisions.Add(decision);
            context.Add(decision);
        }

        meeting.Recount();
        var warnings = MeetingFlags.ForMeeting(meeting.ToFacts(), rules, today).Where(f => f.Kind != MeetingFlagKind.LateDocuments).Select(f => f.Message).ToList();
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken, warnings);
    }

    /// <summary>
    /// A decision to track: led by the cell, which also issued it, due by the next month's meeting (when the cell hears
    /// how it went); the follow-up pages change the lead, term and officer like any task's.
    /// </summary>
    private static TaskFromText TaskOf(CellMeeting meeting, MeetingDecision decision) => new(
        decision.Text, null, $"Nghị quyết chi bộ ngày {VietnameseDates.Numeric(meeting.Date)}", null, meeting.Date, meeting.OrganizationId,
        new TaskAssignment(meeting.OrganizationId, [], null, TaskTerm.By(meeting.Date, meeting.Date.AddMonths(1)), ReportCadence.None, ReminderDays.Default),
        meeting.IsSynthetic);
}
