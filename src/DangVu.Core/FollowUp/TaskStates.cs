namespace DangVu.Core.FollowUp;

/// <summary>
/// Works out a task's state from its dates and reports (pure; the caller gives the date). Done when a report said so —
/// on time if that report is dated on or before the deadline; otherwise overdue after the deadline, due soon within
/// <see cref="DefaultDueSoonDays"/> of it, on track once anything was reported, not started before that.
/// </summary>
public static class TaskStates
{
    /// <summary>How many days before its deadline an open task counts as due soon (the first reminder's distance).</summary>
    public const int DefaultDueSoonDays = 7;

    /// <summary>The state of the task described by <paramref name="facts"/> on <paramref name="asOf"/>.</summary>
    public static TaskStanding Of(TaskFacts facts, DateOnly asOf, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var known = facts.AsOf(asOf);
        var due = known.Term.DueOn;
        if (known.CompletedOn is { } done)
        {
            var late = Math.Max(0, done.DayNumber - due.DayNumber);
            return new TaskStanding(late == 0 ? TaskState.Done : TaskState.DoneLate, asOf, null, late, null);
        }

        var left = due.DayNumber - asOf.DayNumber;
        var missing = MissingReport(known, asOf);
        var state = left < 0 ? TaskState.Overdue
            : left <= dueSoonDays ? TaskState.DueSoon
            : known.LastReportOn is null ? TaskState.NotStarted
            : TaskState.OnTrack;
        return new TaskStanding(state, asOf, left, Math.Max(0, -left), missing);
    }

    /// <summary>
    /// The latest whole report period that ended before <paramref name="asOf"/> (and before the deadline, which has its own
    /// reminders) with no report dated on or after its first day: a report that came late still answers for it.
    /// </summary>
    public static ReportPeriod? MissingReport(TaskFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Cadence == ReportCadence.None || facts.CompletedOn <= asOf)
        {
            return null;
        }

        var lastDay = asOf.AddDays(-1) < facts.Term.DueOn.AddDays(-1) ? asOf.AddDays(-1) : facts.Term.DueOn.AddDays(-1);
        var latest = ReportPeriod.Between(facts.Term.Start, lastDay, facts.Cadence).LastOrDefault();
        return latest is not null && (facts.LastReportOn is null || facts.LastReportOn < latest.Start) ? latest : null;
    }
}
