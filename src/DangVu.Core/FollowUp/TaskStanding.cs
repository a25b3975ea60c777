namespace DangVu.Core.FollowUp;

/// <summary>A task's state on a date, with what explains it.</summary>
/// <param name="State">The state.</param>
/// <param name="AsOf">The date it was worked out for.</param>
/// <param name="DaysLeft">Days from <paramref name="AsOf"/> to the deadline (negative once it passed); null when done.</param>
/// <param name="DaysLate">For an overdue task, days past the deadline; for one done late, how late it was done; else 0.</param>
/// <param name="MissingReport">The latest whole period that ended with no report since its start, if any.</param>
public sealed record TaskStanding(TaskState State, DateOnly AsOf, int? DaysLeft, int DaysLate, ReportPeriod? MissingReport)
{
    /// <summary>Done, on time or late.</summary>
    public bool IsDone => State is TaskState.Done or TaskState.DoneLate;
}
