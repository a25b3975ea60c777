namespace DangVu.Core.FollowUp;

/// <summary>Vietnamese names of follow-up states, terms, cadences and reminders, as the UI shows them.</summary>
public static class FollowUpLabels
{
    /// <summary>The name of a state.</summary>
    public static string State(TaskState state) => state switch
    {
        TaskState.NotStarted => "Chưa triển khai",
        TaskState.OnTrack => "Đang thực hiện",
        TaskState.DueSoon => "Sắp đến hạn",
        TaskState.Overdue => "Quá hạn",
        TaskState.Done => "Hoàn thành đúng hạn",
        TaskState.DoneLate => "Hoàn thành trễ hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown state."),
    };

    /// <summary>The name of a report's status.</summary>
    public static string Report(ReportStatus status) => status switch
    {
        ReportStatus.InProgress => "Đang thực hiện",
        ReportStatus.Blocked => "Gặp khó khăn, vướng mắc",
        ReportStatus.Done => "Đã hoàn thành",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>The name of a kind of term.</summary>
    public static string Term(TermKind kind) => kind switch
    {
        TermKind.Deadline => "Có hạn cụ thể",
        TermKind.Monthly => "Thực hiện hằng tháng",
        TermKind.Quarterly => "Thực hiện hằng quý",
        TermKind.YearEnd => "Trong năm (đến 31/12)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown term."),
    };

    /// <summary>The name of a report cadence.</summary>
    public static string Cadence(ReportCadence cadence) => cadence switch
    {
        ReportCadence.None => "Không định kỳ",
        ReportCadence.Monthly => "Hằng tháng",
        ReportCadence.Quarterly => "Hằng quý",
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Unknown cadence."),
    };

    /// <summary>The subject line of a reminder about a task.</summary>
    public static string ReminderSubject(ReminderDue reminder, string taskTitle)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var title = taskTitle.Length > 80 ? string.Concat(taskTitle.AsSpan(0, 79), "…") : taskTitle;
        return reminder.Kind switch
        {
            ReminderKind.BeforeDeadline => $"Còn {reminder.DaysBefore} ngày đến hạn: {title}",
            ReminderKind.OnDeadline => $"Hôm nay đến hạn: {title}",
            ReminderKind.Overdue => $"Quá hạn, chưa hoàn thành: {title}",
            ReminderKind.MissingReport => $"Chưa có báo cáo định kỳ (kỳ đến {Text.VietnameseDates.Numeric(reminder.ConcernsOn)}): {title}",
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Kind, "Unknown reminder."),
        };
    }
}
