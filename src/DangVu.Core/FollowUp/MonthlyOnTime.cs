namespace DangVu.Core.FollowUp;

/// <summary>Of the tasks whose deadline fell in one month, how many were done by it.</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Due">Tasks due that month (deadline on or before the roll-up's date).</param>
/// <param name="OnTime">Of them, done on or before their deadline.</param>
public sealed record MonthlyOnTime(DateOnly Month, int Due, int OnTime)
{
    /// <summary>On-time share, 0 to 1; null for a month with nothing due.</summary>
    public double? Rate => Due == 0 ? null : (double)OnTime / Due;
}
