namespace DangVu.Core.FollowUp;

/// <summary>
/// Which reminders of one task are due on a date (pure; the dispatcher gives today and records what it sent). Before the
/// deadline only the latest reminder that has come due is returned — after a week offline the lead organization gets
/// "1 day left", not also "7 days left"; on the day, the on-day reminder; after it, one escalation. A missing periodic
/// report is reminded for the latest whole period that passed without one. A done task is reminded of nothing. Each
/// reminder is keyed by its <see cref="ReminderDue.Code"/> and the date it concerns, so the dispatcher sends each once
/// however often it asks, whatever the clock did in between.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The reminders due on <paramref name="today"/> for a task with these facts and reminder days.</summary>
    public static IReadOnlyList<ReminderDue> Due(TaskFacts facts, IReadOnlyCollection<int> reminderDays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(reminderDays);
        var known = facts.AsOf(today);
        if (known.CompletedOn is not null || today < known.Term.Start)
        {
            return [];
        }

        var due = known.Term.DueOn;
        var reminders = new List<ReminderDue>(2);
        if (today > due)
        {
            reminders.Add(new ReminderDue(ReminderKind.Overdue, 0, due, due.AddDays(1),
                ReminderAudience.LeadOrganization | ReminderAudience.TrackingOfficer | ReminderAudience.IssuingOffice));
        }
        else if (today == due)
        {
            reminders.Add(new ReminderDue(ReminderKind.OnDeadline, 0, due, due, ReminderAudience.LeadOrganization));
        }
        else if (reminderDays.Where(days => days > 0 && due.AddDays(-days) <= today).Order().FirstOrDefault() is var days and > 0)
        {
            reminders.Add(new ReminderDue(ReminderKind.BeforeDeadline, days, due, due.AddDays(-days), ReminderAudience.LeadOrganization));
        }

        if (TaskStates.MissingReport(known, today) is { } period)
        {
            reminders.Add(new ReminderDue(ReminderKind.MissingReport, 0, period.End, period.End.AddDays(1),
                ReminderAudience.LeadOrganization | ReminderAudience.TrackingOfficer));
        }

        return reminders;
    }
}
