using DangVu.Core.Text;
using Microsoft.Extensions.Time.Testing;

namespace DangVu.TestCommon.FollowUp;

/// <summary>A fake clock set to a time of day in Vietnam.</summary>
public static class VietnamClock
{
    public static FakeTimeProvider At(DateOnly day, int hour = 8) => new(Moment(day, hour));

    public static DateTimeOffset Moment(DateOnly day, int hour = 8) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), VietnameseDates.VietnamTime.BaseUtcOffset).ToUniversalTime();

    /// <summary>Moves the clock forward to the given day and hour in Vietnam.</summary>
    public static void MoveTo(this FakeTimeProvider clock, DateOnly day, int hour = 8) => clock.SetUtcNow(Moment(day, hour));
}
