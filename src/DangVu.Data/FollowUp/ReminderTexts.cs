using DangVu.Core.FollowUp;
using DangVu.Core.Text;

namespace DangVu.Data.FollowUp;

/// <summary>The Vietnamese body of a reminder (in-app and e-mail).</summary>
internal static class ReminderTexts
{
    public static string Body(ReminderDue reminder, string title, string source, DateOnly dueOn, DateOnly today)
    {
        var what = reminder.Kind switch
        {
            ReminderKind.BeforeDeadline => $"Nhiệm vụ còn {dueOn.DayNumber - today.DayNumber} ngày đến hạn ({VietnameseDates.Numeric(dueOn)}).",
            ReminderKind.OnDeadline => $"Hôm nay ({VietnameseDates.Numeric(dueOn)}) là hạn hoàn thành nhiệm vụ.",
            ReminderKind.Overdue => $"Nhiệm vụ đã quá hạn từ {VietnameseDates.Numeric(dueOn)} mà chưa có báo cáo hoàn thành.",
            ReminderKind.MissingReport => $"Chưa có báo cáo tiến độ cho kỳ kết thúc ngày {VietnameseDates.Numeric(reminder.ConcernsOn)}.",
            _ => string.Empty,
        };
        return $"{what}\nNhiệm vụ: {title}\nNguồn: {(source.Length > 0 ? source : "—")}\nXem và báo cáo tại mục Theo dõi nhiệm vụ của DangVu.";
    }
}
