namespace DangVu.Core.FollowUp;

/// <summary>
/// What a task's state and reminders are worked out from, as of one date: its term, its report cadence, the date of the
/// first report saying it is done and the date of its latest report (both up to that date).
/// </summary>
/// <param name="Term">Start and deadline.</param>
/// <param name="Cadence">Required periodic reports.</param>
/// <param name="CompletedOn">The first "done" report's date, or null.</param>
/// <param name="LastReportOn">The latest report's date, or null.</param>
public sealed record TaskFacts(TaskTerm Term, ReportCadence Cadence, DateOnly? CompletedOn, DateOnly? LastReportOn)
{
    /// <summary>The facts as of <paramref name="asOf"/>: reports dated after it are not known yet.</summary>
    public static TaskFacts From(TaskTerm term, ReportCadence cadence, IEnumerable<ReportFact> reports, DateOnly asOf)
    {
        DateOnly? completed = null;
        DateOnly? last = null;
        foreach (var report in reports.Where(r => r.On <= asOf))
        {
            last = last is null || report.On > last ? report.On : last;
            if (report.Status == ReportStatus.Done && (completed is null || report.On < completed))
            {
                completed = report.On;
            }
        }

        return new TaskFacts(term, cadence, completed, last);
    }

    /// <summary>These facts seen from an earlier date: a completion or report after it is not known yet.</summary>
    public TaskFacts AsOf(DateOnly date) => this with
    {
        CompletedOn = CompletedOn <= date ? CompletedOn : null,
        LastReportOn = LastReportOn <= date ? LastReportOn : null,
    };
}
