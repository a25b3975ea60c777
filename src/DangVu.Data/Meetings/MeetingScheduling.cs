using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>A meeting to schedule (or a past one to record).</summary>
public sealed record NewMeeting(
    Guid OrganizationId, DateOnly Date, TimeOnly StartTime, MeetingKind Kind, string? Topic, string? Agenda = null, string? Location = null,
    bool IsSynthetic = false);

/// <summary>What may change in a planned meeting.</summary>
public sealed record MeetingChanges(DateOnly Date, TimeOnly StartTime, MeetingKind Kind, string? Topic, string? Agenda, string? Location);

/// <summary>
/// Scheduling cell meetings: one at a time, or a whole year laid out as the rules of each month require
/// (<see cref="MeetingPlanner"/>); changing or calling off a planned one. Every write is audited by the context; a change
/// against an older <see cref="CellMeeting.Version"/> is a conflict.
/// </summary>
public sealed class MeetingScheduling(
    DangVuDbContext context, MeetingInvitationList invitations, RuleBook book, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>How far ahead a meeting may be scheduled, in years.</summary>
    public const int YearsAhead = 2;

    public async Task<MeetingOutcome> CreateAsync(NewMeeting request, CancellationToken cancellationToken = default)
    {
        var cell = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken);
        var meeting = new CellMeeting
        {
            OrganizationId = request.OrganizationId,
            OrganizationPath = cell?.Path ?? OrganizationPath.Root,
            Status = MeetingStatus.Planned,
            IsSynthetic = request.IsSynthetic,
        };
        var refusals = Apply(meeting, new MeetingChanges(request.Date, request.StartTime, request.Kind, request.Topic, request.Agenda, request.Location));
        if (cell is null || !cell.IsActive || cell.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
        {
            refusals.Insert(0, "Hãy chọn một chi bộ còn hoạt động.");
        }
        else if (request.Date < cell.EstablishedOn)
        {
            refusals.Add($"Chi bộ thành lập ngày {VietnameseDates.Numeric(cell.EstablishedOn)}, sau ngày sinh hoạt.");
        }

        if (refusals.Count == 0 && await SameDayAsync(meeting, cancellationToken) is { } taken)
        {
            refusals.Add(taken);
        }

        if (refusals.Count > 0)
        {
            return new(null, refusals, []);
        }

        context.CellMeetings.Add(meeting);
        await invitations.RefreshAsync(meeting, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        return MeetingOutcome.Done(meeting);
    }

    /// <summary>
    /// Adds the meetings <paramref name="year"/> still needs in a cell, from today on: a regular meeting in every month
    /// without one and a thematic meeting in every quarter without one, as the rules of each month say.
    /// </summary>
    public async Task<(IReadOnlyList<CellMeeting> Added, IReadOnlyList<string> Refusals)> PlanYearAsync(
        Guid cellId, int year, MeetingPlanOptions options, TimeOnly startTime, bool isSynthetic = false, CancellationToken cancellationToken = default)
    {
        var today = VietnameseDates.Today(clock);
        var cell = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == cellId, cancellationToken);
        if (cell is null || !cell.IsActive || cell.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
        {
            return ([], ["Hãy chọn một chi bộ còn hoạt động."]);
        }

        if (year < today.Year || year > today.Year + YearsAhead - 1)
        {
            return ([], [$"Chỉ lập kế hoạch cho năm {today.Year} hoặc năm {today.Year + 1}."]);
        }

        if (options.DayOfMonth is < 1 or > MeetingPlanOptions.LatestDay)
        {
            return ([], [$"Ngày sinh hoạt hằng tháng phải từ 1 đến {MeetingPlanOptions.LatestDay}."]);
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var existing = await context.CellMeetings.AsNoTracking()
            .Where(m => m.OrganizationId == cellId && m.Date >= from && m.Date <= to && m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.Date, m.Kind })
            .ToListAsync(cancellationToken);
        var earliest = today > cell.EstablishedOn ? today : cell.EstablishedOn;
        var plan = MeetingPlanner.PlanYear(year, options, [.. existing.Select(m => (m.Date, m.Kind))], earliest, book, calendar)
            .Where(p => existing.All(m => m.Date != p.Date))
            .ToList();
        var added = new List<CellMeeting>();
        foreach (var planned in plan)
        {
            var meeting = new CellMeeting
            {
                OrganizationId = cell.Id,
                OrganizationPath = cell.Path,
                Date = planned.Date,
                StartTime = startTime,
                Kind = planned.Kind,
                Topic = DefaultTopic(planned.Kind, planned.Date),
                Status = MeetingStatus.Planned,
                IsSynthetic = isSynthetic,
            };
            context.CellMeetings.Add(meeting);
            await invitations.RefreshAsync(meeting, cancellationToken);
            added.Add(meeting);
        }

        await context.SaveChangesAsync(cancellationToken);
        return (added, []);
    }

    /// <summary>Changes a planned meeting; a new date refreshes who is invited.</summary>
    public async Task<MeetingOutcome> UpdateAsync(Guid id, int expectedVersion, MeetingChanges changes, CancellationToken cancellationToken = default)
    {
        var meeting = await context.CellMeetings.Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return MeetingOutcome.Missing();
        }

        if (meeting.Version != expectedVersion)
        {
            return MeetingOutcome.Stale(meeting);
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            return MeetingOutcome.Refused("Chỉ sửa được buổi sinh hoạt chưa diễn ra.");
        }

        var refusals = Apply(meeting, changes);
        if (refusals.Count == 0 && await SameDayAsync(meeting, cancellationToken) is { } taken)
        {
            refusals.Add(taken);
        }

        if (refusals.Count > 0)
        {
            context.ChangeTracker.Clear();
            return new(null, refusals, []);
        }

        await invitations.RefreshAsync(meeting, cancellationToken);
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken);
    }

    /// <summary>Calls off a planned meeting, with the reason; the month still needs its meeting.</summary>
    public async Task<MeetingOutcome> CancelAsync(Guid id, int expectedVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var meeting = await context.CellMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return MeetingOutcome.Missing();
        }

        if (meeting.Version != expectedVersion)
        {
            return MeetingOutcome.Stale(meeting);
        }

        var text = VietnameseText.Normalize(reason);
        var refusal = meeting.Status != MeetingStatus.Planned ? "Chỉ huỷ được buổi sinh hoạt chưa diễn ra."
            : text.Length == 0 ? "Hãy ghi lý do huỷ."
            : text.Length > MeetingLimits.Reason ? $"Lý do dài quá {MeetingLimits.Reason} ký tự."
            : null;
        if (refusal is not null)
        {
            return MeetingOutcome.Refused(refusal);
        }

        meeting.Status = MeetingStatus.Cancelled;
        meeting.CancelledReason = text;
        return await MeetingSaving.SaveAsync(context, meeting, cancellationToken);
    }

    /// <summary>"Sinh hoạt thường kỳ tháng 3/2026".</summary>
    public static string DefaultTopic(MeetingKind kind, DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{MeetingKinds.Title(kind)} tháng {date.Month}/{date.Year}");

    private List<string> Apply(CellMeeting meeting, MeetingChanges changes)
    {
        var refusals = new List<string>();
        var today = VietnameseDates.Today(clock);
        if (book.Uncovered(changes.Date) is { } uncovered)
        {
            refusals.Add(uncovered);
        }
        else if (changes.Date > today.AddYears(YearsAhead))
        {
            refusals.Add($"Ngày sinh hoạt xa quá {YearsAhead} năm.");
        }

        if (!Enum.IsDefined(changes.Kind))
        {
            refusals.Add("Hãy chọn loại buổi sinh hoạt.");
        }

        var topic = VietnameseText.Normalize(changes.Topic);
        var agenda = Text(changes.Agenda);
        var location = VietnameseText.Normalize(changes.Location);
        Check(topic, MeetingLimits.Topic, "Chủ đề", refusals);
        Check(agenda, MeetingLimits.Agenda, "Chương trình", refusals);
        Check(location, MeetingLimits.Location, "Địa điểm", refusals);
        meeting.Date = changes.Date;
        meeting.StartTime = changes.StartTime;
        meeting.Kind = changes.Kind;
        meeting.Topic = topic.Length > 0 ? topic : DefaultTopic(changes.Kind, changes.Date);
        meeting.Agenda = agenda.Length > 0 ? agenda : null;
        meeting.Location = location.Length > 0 ? location : null;
        return refusals;
    }

    /// <summary>Normalises multi-line text: each line as a name would be, blank lines dropped.</summary>
    internal static string Text(string? text) =>
        string.Join('\n', (text ?? string.Empty).Split('\n').Select(VietnameseText.Normalize).Where(line => line.Length > 0));

    private static void Check(string value, int limit, string label, List<string> refusals)
    {
        if (value.Length > limit)
        {
            refusals.Add($"{label} dài quá {limit} ký tự.");
        }
    }

    private async Task<string?> SameDayAsync(CellMeeting meeting, CancellationToken cancellationToken) =>
        await context.CellMeetings.AsNoTracking().AnyAsync(
            m => m.OrganizationId == meeting.OrganizationId && m.Date == meeting.Date && m.Id != meeting.Id && m.Status != MeetingStatus.Cancelled, cancellationToken)
            ? $"Chi bộ đã có buổi sinh hoạt ngày {VietnameseDates.Numeric(meeting.Date)}; hãy sửa buổi đó hoặc chọn ngày khác."
            : null;
}
