using DangVu.Core.Text;

namespace DangVu.Data.Meetings;

/// <summary>Meetings keep their day and start time as people in Vietnam read them; instants convert at the edge.</summary>
public static class MeetingTime
{
    /// <summary>The instant a meeting on <paramref name="date"/> at <paramref name="time"/> (Vietnam) starts.</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, VietnameseDates.VietnamTime.GetUtcOffset(local));
    }

    /// <summary>The day in Vietnam of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, VietnameseDates.VietnamTime).DateTime);

    /// <summary>"08:00".</summary>
    public static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
