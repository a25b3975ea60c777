namespace DangVu.Core.FollowUp;

/// <summary>One progress report as far as states and reminders care: its date and what it says.</summary>
/// <param name="On">The date of the report.</param>
/// <param name="Status">What it says.</param>
public sealed record ReportFact(DateOnly On, ReportStatus Status);
