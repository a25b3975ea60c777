using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class TaskStatesTests
{
    private static readonly DateOnly Start = new(2008, 5, 22);
    private static readonly DateOnly Due = new(2008, 9, 30);

    private static TaskFacts Facts(DateOnly? completed = null, DateOnly? lastReport = null, ReportCadence cadence = ReportCadence.None) =>
        new(TaskTerm.By(Start, Due), cadence, completed, lastReport);

    [Fact]
    public void Of_NoReportLongBeforeTheDeadline_IsNotStarted()
    {
        var standing = TaskStates.Of(Facts(), new(2008, 6, 1));

        Assert.Equal(TaskState.NotStarted, standing.State);
        Assert.Equal(121, standing.DaysLeft);
        Assert.Equal(0, standing.DaysLate);
    }

    [Fact]
    public void Of_AReportInProgress_IsOnTrack()
    {
        Assert.Equal(TaskState.OnTrack, TaskStates.Of(Facts(lastReport: new(2008, 6, 15)), new(2008, 7, 1)).State);
    }

    [Theory]
    [InlineData(2008, 9, 22, TaskState.OnTrack)] // eight days left
    [InlineData(2008, 9, 23, TaskState.DueSoon)] // seven days left
    [InlineData(2008, 9, 30, TaskState.DueSoon)] // the day itself
    [InlineData(2008, 10, 1, TaskState.Overdue)]
    public void Of_AroundTheDeadline_DueSoonFromSevenDaysThenOverdue(int year, int month, int day, TaskState expected)
    {
        Assert.Equal(expected, TaskStates.Of(Facts(lastReport: new(2008, 6, 15)), new(year, month, day)).State);
    }

    [Fact]
    public void Of_DueSoonEvenWithoutReports_AndTheWindowIsConfigurable()
    {
        Assert.Equal(TaskState.DueSoon, TaskStates.Of(Facts(), new(2008, 9, 29)).State);
        Assert.Equal(TaskState.NotStarted, TaskStates.Of(Facts(), new(2008, 9, 29), dueSoonDays: 0).State);
    }

    [Fact]
    public void Of_Overdue_CountsDaysLate()
    {
        var standing = TaskStates.Of(Facts(), new(2008, 10, 15));

        Assert.Equal(TaskState.Overdue, standing.State);
        Assert.Equal(15, standing.DaysLate);
        Assert.Equal(-15, standing.DaysLeft);
    }

    [Fact]
    public void Of_DoneOnOrBeforeTheDeadline_IsDone_AfterItDoneLate()
    {
        var onTime = TaskStates.Of(Facts(completed: Due), new(2008, 12, 1));
        var late = TaskStates.Of(Facts(completed: new(2008, 10, 4)), new(2008, 12, 1));

        Assert.Equal(TaskState.Done, onTime.State);
        Assert.True(onTime.IsDone);
        Assert.Equal(TaskState.DoneLate, late.State);
        Assert.Equal(4, late.DaysLate);
        Assert.Null(late.DaysLeft);
    }

    [Fact]
    public void Of_AsOfADateBeforeTheCompletion_DoesNotKnowItYet()
    {
        var facts = Facts(completed: new(2008, 10, 4), lastReport: new(2008, 10, 4));

        Assert.Equal(TaskState.Overdue, TaskStates.Of(facts, new(2008, 10, 3)).State);
        Assert.Equal(TaskState.NotStarted, TaskStates.Of(facts, new(2008, 6, 1)).State);
    }

    [Fact]
    public void From_Reports_TakesTheFirstDoneAndTheLatestReportUpToTheDate()
    {
        ReportFact[] reports =
        [
            new(new(2008, 6, 30), ReportStatus.InProgress),
            new(new(2008, 8, 31), ReportStatus.Done),
            new(new(2008, 7, 31), ReportStatus.Blocked),
            new(new(2008, 9, 15), ReportStatus.Done),
        ];

        var all = TaskFacts.From(TaskTerm.By(Start, Due), ReportCadence.Monthly, reports, new(2008, 12, 31));
        var july = TaskFacts.From(TaskTerm.By(Start, Due), ReportCadence.Monthly, reports, new(2008, 7, 31));

        Assert.Equal(new DateOnly(2008, 8, 31), all.CompletedOn);
        Assert.Equal(new DateOnly(2008, 9, 15), all.LastReportOn);
        Assert.Null(july.CompletedOn);
        Assert.Equal(new DateOnly(2008, 7, 31), july.LastReportOn);
    }

    [Fact]
    public void MissingReport_MonthlyCadence_NamesTheLatestWholeMonthWithoutAReport()
    {
        // Started 22/5: May is not a whole month, so June is the first report owed.
        Assert.Null(TaskStates.MissingReport(Facts(cadence: ReportCadence.Monthly), new(2008, 6, 30)));
        var july = TaskStates.MissingReport(Facts(cadence: ReportCadence.Monthly), new(2008, 7, 1));
        var reportedInJune = TaskStates.MissingReport(Facts(lastReport: new(2008, 6, 10), cadence: ReportCadence.Monthly), new(2008, 8, 5));
        var lateReport = TaskStates.MissingReport(Facts(lastReport: new(2008, 8, 3), cadence: ReportCadence.Monthly), new(2008, 8, 5));

        Assert.Equal(new ReportPeriod(new(2008, 6, 1), new(2008, 6, 30), ReportCadence.Monthly), july);
        Assert.Equal("tháng 7/2008", reportedInJune!.Label);
        Assert.Null(lateReport);
    }

    [Fact]
    public void MissingReport_Quarterly_NoneWhenDoneOrWithoutCadence_AndNotForThePeriodEndingOnTheDeadline()
    {
        var quarterly = Facts(cadence: ReportCadence.Quarterly);

        Assert.Equal("quý III/2008", TaskStates.MissingReport(quarterly with { Term = TaskTerm.By(Start, new(2008, 12, 31)) }, new(2008, 10, 2))!.Label);
        Assert.Null(TaskStates.MissingReport(quarterly, new(2008, 10, 2))); // Q3 ends on the deadline, which has its own reminder
        Assert.Null(TaskStates.MissingReport(Facts(), new(2008, 8, 5)));
        Assert.Null(TaskStates.MissingReport(Facts(completed: new(2008, 6, 5), cadence: ReportCadence.Monthly), new(2008, 8, 5)));
        Assert.Equal("tháng 7/2008", TaskStates.Of(Facts(cadence: ReportCadence.Monthly), new(2008, 8, 5)).MissingReport!.Label);
    }
}
