namespace DangVu.Core.FollowUp;

/// <summary>
/// A roll-up of tasks on one date (pure): counts by state, by lead organization, the on-time rate of each month whose
/// deadlines have passed, what is overdue (longest first) and how many lack their latest periodic report. The caller
/// chooses the tasks: one document's, one organization's, those due in a period.
/// </summary>
/// <param name="AsOf">The date the states are for.</param>
/// <param name="Tasks">Each task with its state.</param>
/// <param name="Counts">All tasks by state.</param>
/// <param name="ByOrganization">Per lead organization, most overdue first, then by name.</param>
/// <param name="OnTimeByMonth">Month by month, oldest first.</param>
/// <param name="Overdue">Overdue tasks, longest overdue first.</param>
/// <param name="MissingReports">Open tasks whose latest periodic report is missing.</param>
public sealed record FollowUpRollup(
    DateOnly AsOf, IReadOnlyList<(TaskSnapshot Task, TaskStanding Standing)> Tasks, StateCounts Counts,
    IReadOnlyList<OrganizationRollup> ByOrganization, IReadOnlyList<MonthlyOnTime> OnTimeByMonth, IReadOnlyList<OverdueTask> Overdue,
    int MissingReports)
{
    /// <summary>Share of tasks due by <see cref="AsOf"/> that were done on time; null when none was due.</summary>
    public double? OnTimeRate
    {
        get
        {
            var due = OnTimeByMonth.Sum(m => m.Due);
            return due == 0 ? null : (double)OnTimeByMonth.Sum(m => m.OnTime) / due;
        }
    }

    /// <summary>Rolls up <paramref name="tasks"/> as they stood on <paramref name="asOf"/>.</summary>
    public static FollowUpRollup Of(IEnumerable<TaskSnapshot> tasks, DateOnly asOf, IComparer<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var standings = tasks.Select(task => (Task: task, Standing: TaskStates.Of(task.Facts, asOf))).ToList();
        var counts = new StateCounts();
        var byOrganization = new Dictionary<Guid, OrganizationRollup>();
        var months = new SortedDictionary<DateOnly, (int Due, int OnTime)>();
        foreach (var (task, standing) in standings)
        {
            counts.Add(standing.State);
            if (!byOrganization.TryGetValue(task.LeadOrganizationId, out var organization))
            {
                organization = new OrganizationRollup(task.LeadOrganizationId, task.LeadOrganizationName, new StateCounts());
                byOrganization.Add(task.LeadOrganizationId, organization);
            }

            organization.Counts.Add(standing.State);
            var due = task.Facts.Term.DueOn;
            if (due <= asOf)
            {
                var month = new DateOnly(due.Year, due.Month, 1);
                var (dueCount, onTime) = months.GetValueOrDefault(month);
                months[month] = (dueCount + 1, onTime + (standing.State == TaskState.Done ? 1 : 0));
            }
        }

        var nameOrder = names ?? StringComparer.Ordinal;
        return new FollowUpRollup(
            asOf,
            standings,
            counts,
            [.. byOrganization.Values.OrderByDescending(o => o.Counts[TaskState.Overdue]).ThenBy(o => o.Name, nameOrder)],
            [.. months.Select(m => new MonthlyOnTime(m.Key, m.Value.Due, m.Value.OnTime))],
            [.. standings.Where(s => s.Standing.State == TaskState.Overdue)
                .OrderByDescending(s => s.Standing.DaysLate).ThenBy(s => s.Task.Title, nameOrder)
                .Select(s => new OverdueTask(s.Task, s.Standing))],
            standings.Count(s => s.Standing.MissingReport is not null));
    }
}
