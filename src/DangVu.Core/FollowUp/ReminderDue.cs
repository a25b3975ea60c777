using System.Globalization;

namespace DangVu.Core.FollowUp;

/// <summary>One reminder that is due: what it is about, the date it concerns and the first day it may be sent.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="DaysBefore">For <see cref="ReminderKind.BeforeDeadline"/>, how many days before; else 0.</param>
/// <param name="ConcernsOn">The deadline, or the last day of the period that lacks a report.</param>
/// <param name="SendOn">The first day it is due to go out.</param>
/// <param name="Audience">Who receives it.</param>
public sealed record ReminderDue(ReminderKind Kind, int DaysBefore, DateOnly ConcernsOn, DateOnly SendOn, ReminderAudience Audience)
{
    /// <summary>
    /// A stable code for the kind ("before-7", "on-day", "overdue", "missing-report"): with the task, <see cref="ConcernsOn"/>
    /// and the recipient it makes the key that lets each reminder go out once.
    /// </summary>
    public string Code => Kind switch
    {
        ReminderKind.BeforeDeadline => string.Create(CultureInfo.InvariantCulture, $"before-{DaysBefore}"),
        ReminderKind.OnDeadline => "on-day",
        ReminderKind.Overdue => "overdue",
        ReminderKind.MissingReport => "missing-report",
        _ => throw new InvalidOperationException($"Unknown reminder kind {Kind}."),
    };
}
