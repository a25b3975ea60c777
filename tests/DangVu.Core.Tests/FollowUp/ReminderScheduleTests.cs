using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Start = new(2008, 5, 22);
    private static readonly DateOnly Due = new(2008, 9, 30);

    private static TaskFacts Facts(DateOnly? completed = null, DateOnly? lastReport = null, ReportCadence cadence = ReportCadence.None) =>
        new(TaskTerm.By(Start, Due), cadence, completed, lastReport);

    private static IReadOnlyList<ReminderDue> On(DateOnly today, TaskFacts? facts = null, IReadOnlyCollection<int>? days = null) =>
        ReminderSchedule.Due(facts ?? Facts(), days ?? ReminderDays.Default, today);

    [Fact]
    public void Due_FarFromTheDeadline_Nothing()
    {
        Assert.Empty(On(new(2008, 9, 22)));
        Assert.Empty(On(new(2008, 5, 1))); // before the task starts
    }

    [Fact]
    public void Due_SevenDaysBefore_ThenOneDayBefore_ThenOnTheDay_ThenEscalation()
    {
        var seven = Assert.Single(On(new(2008, 9, 23)));
        var stillSeven = Assert.Single(On(new(2008, 9, 27)));
        var one = Assert.Single(On(new(2008, 9, 29)));
        var day = Assert.Single(On(Due));
        var after = Assert.Single(On(new(2008, 10, 1)));
        var muchLater = Assert.Single(On(new(2009, 3, 1)));

        Assert.Equal(("before-7", new DateOnly(2008, 9, 23), ReminderAudience.LeadOrganization), (seven.Code, seven.SendOn, seven.Audience));
        Assert.Equal(seven, stillSeven); // the same key: the dispatcher sends it once
        Assert.Equal(("before-1", new DateOnly(2008, 9, 29)), (one.Code, one.SendOn));
        Assert.Equal(("on-day", Due), (day.Code, day.SendOn));
        Assert.Equal(("overdue", Due, new DateOnly(2008, 10, 1)), (after.Code, after.ConcernsOn, after.SendOn));
        Assert.Equal(ReminderAudience.LeadOrganization | ReminderAudience.TrackingOfficer | ReminderAudience.IssuingOffice, after.Audience);
        Assert.Equal(after, muchLater);
    }

    [Fact]
    public void Due_AfterAWeekOffline_OnlyTheLatestReminderBeforeTheDeadline()
    {
        var due = Assert.Single(On(new(2008, 9, 29)));

        Assert.Equal(1, due.DaysBefore);
    }

    [Fact]
    public void Due_ReminderDaysPerTask_AreHonoured()
    {
        var days = new[] { 14, 3 };

        Assert.Equal("before-14", Assert.Single(On(new(2008, 9, 16), days: days)).Code);
        Assert.Empty(On(new(2008, 9, 15), days: days));
        Assert.Equal("before-3", Assert.Single(On(new(2008, 9, 28), days: days)).Code);
        Assert.Empty(On(new(2008, 9, 28), days: []));
        Assert.Equal("on-day", Assert.Single(On(Due, days: [])).Code);
    }

    [Fact]
    public void Due_ATaskDone_IsRemindedOfNothing_ButOnlyFromTheDayItWasDone()
    {
        var done = Facts(completed: new(2008, 9, 28));

        Assert.Empty(On(new(2008, 10, 5), done));
        Assert.Equal("before-7", Assert.Single(On(new(2008, 9, 24), done)).Code);
    }

    [Fact]
    public void Due_MissingMonthlyReport_RemindsTheLeadAndTheOfficer_ForTheLatestMonthOnly()
    {
        var monthly = Facts(cadence: ReportCadence.Monthly);

        var july = Assert.Single(On(new(2008, 7, 1), monthly));
        var august = Assert.Single(On(new(2008, 8, 20), monthly));
        var answered = On(new(2008, 8, 20), monthly with { LastReportOn = new(2008, 8, 2) });

        Assert.Equal(("missing-report", new DateOnly(2008, 6, 30), new DateOnly(2008, 7, 1)), (july.Code, july.ConcernsOn, july.SendOn));
        Assert.Equal(ReminderAudience.LeadOrganization | ReminderAudience.TrackingOfficer, july.Audience);
        Assert.Equal(new DateOnly(2008, 7, 31), august.ConcernsOn);
        Assert.Empty(answered);
    }

    [Fact]
    public void Due_WalkingEveryDayOfTheYear_EachKeyComesDueOnItsSendDate()
    {
        var seen = new Dictionary<(string, DateOnly), DateOnly>();
        for (var day = new DateOnly(2008, 5, 1); day <= new DateOnly(2009, 1, 31); day = day.AddDays(1))
        {
            foreach (var reminder in On(day, Facts(cadence: ReportCadence.Monthly)))
            {
                Assert.True(reminder.SendOn <= day, $"{reminder.Code} due on {day} but dated {reminder.SendOn}");
                seen.TryAdd((reminder.Code, reminder.ConcernsOn), day);
            }
        }

        // June, July and August without reports; September ends on the deadline itself.
        Assert.Equal(
            ["before-7", "before-1", "on-day", "overdue", "missing-report", "missing-report", "missing-report"],
            seen.OrderBy(s => s.Value).ThenBy(s => s.Key.Item1, StringComparer.Ordinal).Select(s => s.Key.Item1).Where(c => c != "missing-report")
                .Concat(seen.Keys.Where(k => k.Item1 == "missing-report").Select(k => k.Item1)));
        Assert.All(seen, s => Assert.Equal(s.Value, On(s.Value, Facts(cadence: ReportCadence.Monthly)).First(r => (r.Code, r.ConcernsOn) == s.Key).SendOn));
    }
}
