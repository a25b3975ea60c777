using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Meetings;

public sealed class MeetingPlannerTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Fact]
    public void PlanYear_WholeYear_TwelveMeetingsOnWorkingDays_EachQuarterEndsWithACombinedMeeting()
    {
        var plan = MeetingPlanner.PlanYear(2027, MeetingPlanOptions.Default, [], new(2026, 12, 1), Book, Calendar);

        Assert.Equal(12, plan.Count);
        Assert.All(plan, meeting => Assert.True(Calendar.IsWorkingDay(meeting.Date), $"{meeting.Date} is not a working day"));
        Assert.Equal([3, 6, 9, 12], plan.Where(m => m.Kind == MeetingKind.Combined).Select(m => m.Date.Month));
        Assert.Equal(Enumerable.Range(1, 12), plan.Select(m => m.Date.Month));
        // 05/06/2027 is a Saturday: the meeting moves to Monday 07/06.
        Assert.Equal(new DateOnly(2027, 6, 7), plan.Single(m => m.Date.Month == 6).Date);
    }

    [Fact]
    public void PlanYear_SkipsMonthsAlreadyScheduledAndDaysPast_AndSeparateThematicMeetingsComeAWeekLater()
    {
        var existing = new[] { (new DateOnly(2026, 9, 3), MeetingKind.Regular), (new DateOnly(2026, 8, 20), MeetingKind.Thematic) };

        var plan = MeetingPlanner.PlanYear(2026, new MeetingPlanOptions(5, 3, CombineThematic: false), existing, new(2026, 7, 1), Book, Calendar);

        Assert.Equal([(7, MeetingKind.Regular), (8, MeetingKind.Regular), (10, MeetingKind.Regular), (11, MeetingKind.Regular), (12, MeetingKind.Regular), (12, MeetingKind.Thematic)],
            plan.Select(m => (m.Date.Month, m.Kind)));
        Assert.Equal(new DateOnly(2026, 12, 14), plan.Single(m => m.Kind == MeetingKind.Thematic).Date);
    }

    [Theory]
    [InlineData(2026, 3, 2026, 3, "tháng 03/2026")]
    [InlineData(2026, 4, 2026, 6, "quý II/2026")]
    [InlineData(2026, 2, 2026, 4, "từ 01/02/2026 đến 30/04/2026")]
    public void Label_NamesAMonthOrAQuarterAsDocumentsDo(int fromYear, int fromMonth, int toYear, int toMonth, string label)
    {
        var window = new MeetingWindow(new(fromYear, fromMonth, 1), new DateOnly(toYear, toMonth, 1).AddMonths(1).AddDays(-1), Book.On(new(fromYear, fromMonth, 1)));

        Assert.Equal(label, window.Label);
    }
}
