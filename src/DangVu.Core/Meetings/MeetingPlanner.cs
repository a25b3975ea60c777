using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Meetings;

/// <summary>How a secretary wants the year laid out.</summary>
/// <param name="DayOfMonth">The day of the month regular meetings fall on (1–28), moved to the next working day.</param>
/// <param name="MonthOfWindow">Which month of each thematic window (1 = the first) holds the thematic meeting.</param>
/// <param name="CombineThematic">Hold the thematic session in the same sitting as that month's regular meeting.</param>
public sealed record MeetingPlanOptions(int DayOfMonth, int MonthOfWindow, bool CombineThematic)
{
    /// <summary>The 5th of each month; the thematic session with the regular meeting of each quarter's last month.</summary>
    public static MeetingPlanOptions Default { get; } = new(5, 3, true);

    /// <summary>The latest day of the month a plan may name, so every month has it.</summary>
    public const int LatestDay = 28;

    /// <summary>Days after the regular meeting a separate thematic meeting is placed.</summary>
    public const int SeparateThematicAfterDays = 7;
}

/// <summary>A meeting the plan adds.</summary>
/// <param name="Date">Its day (a working day).</param>
/// <param name="Kind">Regular, thematic, or both in one sitting.</param>
public sealed record PlannedMeeting(DateOnly Date, MeetingKind Kind);

/// <summary>
/// Lays out a cell's year as the rules of each month require: a regular meeting in every window of the regular-meeting
/// months and a thematic meeting in every window of the thematic months, skipping windows that already have one and days
/// already past. Pure: the caller gives what the cell has already scheduled.
/// </summary>
public static class MeetingPlanner
{
    /// <summary>The meetings to add for <paramref name="year"/>; <paramref name="existing"/> are those not cancelled.</summary>
    public static IReadOnlyList<PlannedMeeting> PlanYear(
        int year, MeetingPlanOptions options, IReadOnlyCollection<(DateOnly Date, MeetingKind Kind)> existing, DateOnly today,
        RuleBook book, WorkingDayCalendar calendar)
    {
        var day = Math.Clamp(options.DayOfMonth, 1, MeetingPlanOptions.LatestDay);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var planned = new List<PlannedMeeting>();
        foreach (var window in MeetingWindow.Between(from, to, book, rules => rules.RegularMeetingMonths.Value))
        {
            var date = NextWorkingDay(new DateOnly(window.From.Year, window.From.Month, day), calendar);
            if (date >= today && !existing.Any(m => MeetingKinds.CountsAsRegular(m.Kind) && In(window, m.Date)))
            {
                planned.Add(new(date, MeetingKind.Regular));
            }
        }

        foreach (var window in MeetingWindow.Between(from, to, book, rules => rules.ThematicMeetingMonths.Value))
        {
            if (existing.Any(m => MeetingKinds.CountsAsThematic(m.Kind) && In(window, m.Date)))
            {
                continue;
            }

            var month = window.From.AddMonths(Math.Clamp(options.MonthOfWindow, 1, 12) - 1);
            month = month > window.To ? new DateOnly(window.To.Year, window.To.Month, 1) : month;
            var regular = planned.FindIndex(m => m.Date.Year == month.Year && m.Date.Month == month.Month);
            if (options.CombineThematic && regular >= 0)
            {
                planned[regular] = planned[regular] with { Kind = MeetingKind.Combined };
                continue;
            }

            var anchor = regular >= 0 ? planned[regular].Date : NextWorkingDay(new DateOnly(month.Year, month.Month, day), calendar);
            var date = NextWorkingDay(anchor.AddDays(MeetingPlanOptions.SeparateThematicAfterDays), calendar);
            if (date >= today && In(window, date))
            {
                planned.Add(new(date, MeetingKind.Thematic));
            }
        }

        return [.. planned.OrderBy(m => m.Date)];
    }

    private static bool In(MeetingWindow window, DateOnly date) => date >= window.From && date <= window.To;

    private static DateOnly NextWorkingDay(DateOnly date, WorkingDayCalendar calendar)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
