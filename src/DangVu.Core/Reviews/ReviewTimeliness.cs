namespace DangVu.Core.Reviews;

/// <summary>Where one step of one organization stands against the timetable.</summary>
public enum StepTimeliness
{
    /// <summary>Not yet due and not yet done.</summary>
    NotDue = 1,

    /// <summary>Done by the deadline.</summary>
    OnTime = 2,

    /// <summary>Done, after the deadline.</summary>
    Late = 3,

    /// <summary>Past the deadline and not done.</summary>
    Overdue = 4,
}

/// <summary>Judging a step against its deadline.</summary>
public static class ReviewTimeliness
{
    /// <summary>
    /// The step is done when nothing is left to do (<paramref name="remaining"/> is 0) and then on the day of its last
    /// record (<paramref name="lastDoneOn"/>).
    /// </summary>
    public static StepTimeliness Of(DateOnly deadline, int remaining, DateOnly? lastDoneOn, DateOnly today) =>
        remaining == 0 ? (lastDoneOn is { } done && done > deadline ? StepTimeliness.Late : StepTimeliness.OnTime)
        : today > deadline ? StepTimeliness.Overdue
        : StepTimeliness.NotDue;

    /// <summary>The Vietnamese name.</summary>
    public static string Title(StepTimeliness timeliness) => timeliness switch
    {
        StepTimeliness.NotDue => "Chưa đến hạn",
        StepTimeliness.OnTime => "Xong đúng hạn",
        StepTimeliness.Late => "Xong nhưng trễ hạn",
        _ => "Quá hạn, chưa xong",
    };
}
