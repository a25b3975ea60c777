namespace DangVu.Web.Features.FollowUp;

/// <summary>How often the reminder service runs (configuration section <c>DangVu:Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string Section = "DangVu:Reminders";

    public bool Enabled { get; set; } = true;

    public double IntervalMinutes { get; set; } = 5;

    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Clamp(IntervalMinutes, 0.05, 24 * 60));
}
