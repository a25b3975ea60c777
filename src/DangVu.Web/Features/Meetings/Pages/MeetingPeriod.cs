using DangVu.Core.Text;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>The period a review page shows: typed as dd/mm/yyyy, this year to today when left out or unreadable.</summary>
internal sealed record MeetingPeriod(DateOnly From, DateOnly To, string? Message)
{
    public static MeetingPeriod Read(string? from, string? to, TimeProvider clock)
    {
        var today = VietnameseDates.Today(clock);
        DateOnly? start = VietnameseDates.TryParse(from, out var f) ? f : null;
        DateOnly? end = VietnameseDates.TryParse(to, out var t) ? t : null;
        if ((!string.IsNullOrWhiteSpace(from) && start is null) || (!string.IsNullOrWhiteSpace(to) && end is null) || start > end)
        {
            return new(new DateOnly(today.Year, 1, 1), today, "Kỳ không hợp lệ; đã tính từ đầu năm đến hôm nay.");
        }

        var last = end ?? today;
        return new(start ?? new DateOnly(last.Year, 1, 1), last, null);
    }
}
