using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class FollowUpRollupTests
{
    private static readonly Guid Bloc = Guid.CreateVersion7();
    private static readonly Guid Inspection = Guid.CreateVersion7();
    private static readonly DateOnly Start = new(2008, 5, 22);

    private static TaskSnapshot Task(string title, Guid lead, DateOnly due, DateOnly? done = null, DateOnly? report = null, ReportCadence cadence = ReportCadence.None) =>
        new(Guid.CreateVersion7(), title, "509-TB/TU", "509-TB/TU", lead, lead == Bloc ? "Đảng uỷ khối" : "Uỷ ban Kiểm tra",
            new TaskFacts(TaskTerm.By(Start, due), cadence, done, report ?? done));

    [Fact]
    public void Of_TasksOfADocument_CountsStatesByOrganizationAndMonth_AndListsOverdueLongestFirst()
    {
        TaskSnapshot[] tasks =
        [
            Task("Thi đua", Bloc, new(2008, 7, 31), done: new(2008, 7, 20)),
            Task("Nghị quyết", Bloc, new(2008, 7, 31), done: new(2008, 8, 5)),
            Task("Tổ chức bộ máy", Bloc, new(2008, 8, 31)),
            Task("Kiểm tra", Inspection, new(2008, 9, 30)),
            Task("Sinh hoạt chi bộ", Inspection, new(2008, 10, 20), report: new(2008, 8, 20), cadence: ReportCadence.Monthly),
            Task("Giáo dục", Bloc, new(2008, 12, 31)),
        ];

        var rollup = FollowUpRollup.Of(tasks, new(2008, 10, 15));

        Assert.Equal(6, rollup.Counts.Total);
        Assert.Equal(1, rollup.Counts[TaskState.Done]);
        Assert.Equal(1, rollup.Counts[TaskState.DoneLate]);
        Assert.Equal(2, rollup.Counts[TaskState.Overdue]);
        Assert.Equal(1, rollup.Counts[TaskState.DueSoon]);
        Assert.Equal(1, rollup.Counts[TaskState.NotStarted]);
        Assert.Equal(["Tổ chức bộ máy", "Kiểm tra"], rollup.Overdue.Select(o => o.Task.Title));
        Assert.Equal([45, 15], rollup.Overdue.Select(o => o.Standing.DaysLate));
        Assert.Equal(2, rollup.ByOrganization.Count);
        var bloc = rollup.ByOrganization.Single(o => o.OrganizationId == Bloc);
        Assert.Equal((4, 2, 1), (bloc.Counts.Total, bloc.Counts.Done, bloc.Counts[TaskState.Overdue]));
        Assert.Equal(
            [(new DateOnly(2008, 7, 1), 2, 1), (new DateOnly(2008, 8, 1), 1, 0), (new DateOnly(2008, 9, 1), 1, 0)],
            rollup.OnTimeByMonth.Select(m => (m.Month, m.Due, m.OnTime)));
        Assert.Equal(0.25, rollup.OnTimeRate);
        Assert.Equal(1, rollup.MissingReports); // September's report of the monthly task
    }

    [Fact]
    public void Of_NothingDueYet_HasNoRate()
    {
        var rollup = FollowUpRollup.Of([Task("Giáo dục", Bloc, new(2008, 12, 31))], new(2008, 6, 1));

        Assert.Null(rollup.OnTimeRate);
        Assert.Empty(rollup.OnTimeByMonth);
        Assert.Empty(rollup.Overdue);
        Assert.Null(new MonthlyOnTime(new(2008, 6, 1), 0, 0).Rate);
    }

    [Fact]
    public void Of_TheSameTasksLater_MoveFromOpenToOverdue()
    {
        TaskSnapshot[] tasks = [Task("Kiểm tra", Inspection, new(2008, 9, 30), report: new(2008, 6, 30))];

        Assert.Equal(1, FollowUpRollup.Of(tasks, new(2008, 7, 1)).Counts[TaskState.OnTrack]);
        Assert.Equal(1, FollowUpRollup.Of(tasks, new(2008, 9, 25)).Counts[TaskState.DueSoon]);
        Assert.Equal(1, FollowUpRollup.Of(tasks, new(2008, 10, 1)).Counts[TaskState.Overdue]);
    }
}
