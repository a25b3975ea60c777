namespace DangVu.Core.FollowUp;

/// <summary>
/// A task's term: from <see cref="Start"/> (when it was assigned, or the document's date) to <see cref="DueOn"/>, the
/// date by which it must be done — a deadline, the last day of a monthly or quarterly span, or 31 December.
/// </summary>
/// <param name="Kind">How the term was set.</param>
/// <param name="Start">First day of the work.</param>
/// <param name="DueOn">Last day: the deadline.</param>
public sealed record TaskTerm(TermKind Kind, DateOnly Start, DateOnly DueOn)
{
    /// <summary>Due on one date.</summary>
    public static TaskTerm By(DateOnly start, DateOnly dueOn) => new(TermKind.Deadline, start, dueOn);

    /// <summary>Due by 31 December of the start's year ("trong 7 tháng còn lại" of a May notice).</summary>
    public static TaskTerm ByYearEnd(DateOnly start) => new(TermKind.YearEnd, start, new DateOnly(start.Year, 12, 31));

    /// <summary>Recurring month by month (or quarter by quarter) until <paramref name="until"/>.</summary>
    public static TaskTerm Periodic(ReportCadence every, DateOnly start, DateOnly until) =>
        new(every == ReportCadence.Quarterly ? TermKind.Quarterly : TermKind.Monthly, start, until);

    /// <summary>The report cadence a term implies when the user sets none: a periodic task reports each period.</summary>
    public ReportCadence ImpliedCadence => Kind switch
    {
        TermKind.Monthly => ReportCadence.Monthly,
        TermKind.Quarterly => ReportCadence.Quarterly,
        _ => ReportCadence.None,
    };

    /// <summary>A Vietnamese sentence naming what is wrong with the term, or null when it holds.</summary>
    public string? Problem() => DueOn < Start ? "Hạn hoàn thành phải từ ngày bắt đầu trở đi." : null;
}
