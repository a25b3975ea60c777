using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.FollowUp;

public sealed class FollowUpQueriesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RowsAsync_ASecretary_SeesOnlyTasksItsOrganizationsLeadOrCooperateOn_TheOfficeAllItIssued(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 10, 5))));
        var world = await FollowUpWorld.CreateAsync(services);
        var tasks = (await FollowUpTasksTests.CreateSeedTasksAsync(services, world)).Tasks;
        await AssignAsync(services, tasks.Single(t => t.SourceParagraph == "5"), world.Inspection.Id, []);
        await AssignAsync(services, tasks.Single(t => t.SourceParagraph == "4"), world.Bloc.Id, [world.Hospital.Id]);
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<FollowUpQueries>();
        var today = new DateOnly(2008, 10, 5);

        var hospital = await queries.RowsAsync(new TaskSelection(), new FollowUpReach([world.Hospital.Path], []), today, Cancel);
        var inspection = await queries.RowsAsync(new TaskSelection(SourceKey: world.SeedKey), new FollowUpReach([world.Inspection.Path], []), today, Cancel);
        var office = await queries.RowsAsync(new TaskSelection(), new FollowUpReach([world.Province.Path], [world.Province.Path]), today, Cancel);
        var issuedElsewhere = await queries.RowsAsync(new TaskSelection(), new FollowUpReach([], [world.Hospital.Path]), today, Cancel);
        var blocSubtree = await queries.RowsAsync(new TaskSelection(OrganizationPath: world.Inspection.Path), FollowUpReach.WholeTree, today, Cancel);

        Assert.Equal(["4"], hospital.Select(r => r.Snapshot.SourceLabel.Split(' ')[^1]));
        Assert.Equal(["5"], inspection.Select(r => r.Snapshot.SourceLabel.Split(' ')[^1]));
        Assert.Equal(8, office.Count);
        Assert.Empty(issuedElsewhere);
        Assert.Equal("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ", Assert.Single(blocSubtree).Snapshot.LeadOrganizationName);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RowsAsync_AsOfAPastDate_WorksStatesOutFromTheReportsUpToIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 6, 1));
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock));
        var world = await FollowUpWorld.CreateAsync(services);
        var fifth = (await FollowUpTasksTests.CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "5");
        await AssignAsync(services, fifth, world.Inspection.Id, [], new(2008, 9, 30));
        clock.MoveTo(new(2008, 10, 20));
        await using (var scope = services.CreateAsyncScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();
            Assert.Empty((await reports.SubmitAsync(new NewReport(fifth.Id, world.Inspection.Id, new(2008, 7, 15), ReportStatus.InProgress, "Đang kiểm tra.", null, []), null, Cancel)).Errors);
            Assert.Empty((await reports.SubmitAsync(new NewReport(fifth.Id, world.Inspection.Id, new(2008, 10, 10), ReportStatus.Done, "Xong.", null, []), null, Cancel)).Errors);
        }

        await using var read = services.CreateAsyncScope();
        var queries = read.ServiceProvider.GetRequiredService<FollowUpQueries>();
        async Task<TaskState> StateOn(DateOnly day) =>
            TaskStates.Of((await queries.RowsAsync(new TaskSelection(SourceKey: world.SeedKey), FollowUpReach.WholeTree, day, Cancel)).Single(r => r.Id == fifth.Id).Snapshot.Facts, day).State;

        Assert.Equal(TaskState.NotStarted, await StateOn(new(2008, 7, 1)));
        Assert.Equal(TaskState.OnTrack, await StateOn(new(2008, 8, 1)));
        Assert.Equal(TaskState.Overdue, await StateOn(new(2008, 10, 5)));
        Assert.Equal(TaskState.DoneLate, await StateOn(new(2008, 10, 20)));
        var rollup = FollowUpRollup.Of((await queries.RowsAsync(new TaskSelection(SourceKey: world.SeedKey), FollowUpReach.WholeTree, new(2008, 10, 5), Cancel)).Select(r => r.Snapshot), new(2008, 10, 5));
        Assert.Equal(fifth.Id, Assert.Single(rollup.Overdue).Task.Id);
        Assert.Equal(5, rollup.Overdue[0].Standing.DaysLate);
        var documents = await queries.DocumentsAsync(FollowUpReach.WholeTree, Cancel);
        Assert.Equal(("509-TB/TU", 8), (Assert.Single(documents).NumberSymbol, documents[0].Tasks));
    }

    internal static async Task AssignAsync(ServiceProvider services, FollowUpTask task, Guid lead, Guid[] cooperators, DateOnly? due = null)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FollowUpTasks>().AssignAsync(task.Id, task.Version,
            new TaskAssignment(lead, cooperators, task.TrackingOfficerId, due is null ? task.Term : TaskTerm.By(task.StartOn, due.Value), task.Cadence, task.ReminderDayList),
            cancellationToken: Cancel);
        Assert.Empty(outcome.Errors);
    }
}
