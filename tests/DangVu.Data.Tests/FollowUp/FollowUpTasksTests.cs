using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.FollowUp;

public sealed class FollowUpTasksTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CreateFromDocumentAsync_TheSeed_MakesEightTasksDueAtYearEnd_IssuedByTheProvince(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 5, 26))));
        var world = await FollowUpWorld.CreateAsync(services);

        var outcome = await CreateSeedTasksAsync(services, world);

        Assert.Empty(outcome.Errors);
        Assert.Equal(8, outcome.Tasks.Count);
        Assert.All(outcome.Tasks, task => Assert.Equal((new DateOnly(2008, 12, 31), TermKind.YearEnd, world.Province.Id), (task.DueOn, task.TermKind, task.IssuingOrganizationId)));
        var fifth = outcome.Tasks.Single(t => t.SourceParagraph == "5");
        Assert.StartsWith("Tăng cường công tác kiểm tra, giám sát", fifth.Title, StringComparison.Ordinal);
        Assert.Equal(("509-TB/TU", new DateOnly(2008, 5, 22), TaskSourceKind.DocumentTask), (fifth.SourceNumberSymbol, fifth.SourceDate, fifth.SourceKind));
        Assert.Contains("giải quyết kịp thời các đơn thư khiếu nại, tố cáo", fifth.SourceText, StringComparison.Ordinal);
        Assert.Equal(ReportCadence.Monthly, outcome.Tasks.Single(t => t.SourceParagraph == "8").Cadence);
        Assert.Equal("7,1", fifth.ReminderDays);
        await using var scope = services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries.CountAsync(e => e.EntityType == nameof(FollowUpTask), Cancel);
        Assert.Equal(8, audited);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CreateFromDocumentAsync_AParagraphWithoutTerm_NeedsADeadline_AndUnknownNumbersAreRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 5, 26))));
        var world = await FollowUpWorld.CreateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<FollowUpTasks>();
        var source = await scope.ServiceProvider.GetRequiredService<IDirectiveSources>().FindAsync(world.SeedKey, Cancel);
        var paragraph = source!.Paragraphs.First(p => p.Text.Contains("Công tác kết nạp đảng viên mới đạt tỷ lệ còn thấp", StringComparison.Ordinal)).Number;

        var noTerm = await tasks.CreateFromDocumentAsync(Request(world, [paragraph]), Cancel);
        var unknown = await tasks.CreateFromDocumentAsync(Request(world, ["9"]), Cancel);
        var withDeadline = await tasks.CreateFromDocumentAsync(Request(world, [paragraph]) with { DueOn = new(2008, 9, 30) }, Cancel);

        Assert.Contains("văn bản không nêu hạn", Assert.Single(noTerm.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("không có mục “9”", Assert.Single(unknown.Errors).Message, StringComparison.Ordinal);
        var task = Assert.Single(withDeadline.Tasks);
        Assert.Equal((TaskSourceKind.DocumentParagraph, new DateOnly(2008, 9, 30)), (task.SourceKind, task.DueOn));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task AssignAsync_TaskFiveToTheInspectionCommission_ThenAStaleEditIsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 5, 26))));
        var world = await FollowUpWorld.CreateAsync(services);
        var fifth = (await CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "5");
        var assignment = new TaskAssignment(world.Inspection.Id, [world.Hospital.Id, world.Inspection.Id], world.Officer.Id,
            TaskTerm.By(new(2008, 5, 22), new(2008, 9, 30)), ReportCadence.Monthly, [10, 3]);

        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<FollowUpTasks>();
        var assigned = await tasks.AssignAsync(fifth.Id, fifth.Version, assignment, cancellationToken: Cancel);
        var stale = await tasks.AssignAsync(fifth.Id, fifth.Version, assignment with { LeadOrganizationId = world.Hospital.Id }, cancellationToken: Cancel);
        var bad = await tasks.AssignAsync(fifth.Id, fifth.Version + 1, assignment with { Term = TaskTerm.By(new(2008, 5, 22), new(2008, 5, 1)) }, cancellationToken: Cancel);

        Assert.Empty(assigned.Errors);
        Assert.True(stale.Conflict);
        Assert.Contains("Hạn hoàn thành phải từ ngày bắt đầu", Assert.Single(bad.Errors).Message, StringComparison.Ordinal);
        var stored = await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().FindAsync(fifth.Id, Cancel);
        Assert.Equal((world.Inspection.Id, new DateOnly(2008, 9, 30), TermKind.Deadline, "10,3", 1), (stored!.LeadOrganizationId, stored.DueOn, stored.TermKind, stored.ReminderDays, stored.Version));
        Assert.Equal([world.Hospital.Id], stored.Cooperators.Select(c => c.OrganizationId)); // the lead is not its own co-operator
        Assert.Equal(world.Officer.Id, stored.TrackingOfficerId);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SplitAsync_OneTaskIntoTwo_TheOriginalLeavesTheRollUps(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 5, 26))));
        var world = await FollowUpWorld.CreateAsync(services);
        var second = (await CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "2");

        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<FollowUpTasks>();
        var tooFew = await tasks.SplitAsync(second.Id, second.Version, [new("Một phần", world.Bloc.Id)], Cancel);
        var split = await tasks.SplitAsync(second.Id, second.Version,
            [new("Quán triệt Nghị quyết Trung ương 6", world.Bloc.Id), new("Mở lớp bồi dưỡng đảng viên mới", world.Hospital.Id, new(2008, 8, 31))], Cancel);

        Assert.Contains("từ 2 đến", Assert.Single(tooFew.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(2, split.Tasks.Count);
        Assert.Equal(["2.1", "2.2"], split.Tasks.Select(t => t.SourceParagraph));
        Assert.Equal(new DateOnly(2008, 8, 31), split.Tasks[1].DueOn);
        var rows = await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().RowsAsync(new TaskSelection(SourceKey: world.SeedKey), FollowUpReach.WholeTree, new(2008, 6, 1), Cancel);
        Assert.Equal(9, rows.Count);
        Assert.DoesNotContain(rows, r => r.Id == second.Id);
        var detail = await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().DetailAsync(second.Id, Cancel);
        Assert.True(detail!.Task.IsSplit);
        Assert.Equal(2, detail.SplitInto.Count);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CreateFromTextAsync_AMeetingsDecision_IsTrackedLikeAnyTask(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 6, 30))));
        var world = await FollowUpWorld.CreateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<FollowUpTasks>();

        var outcome = await tasks.CreateFromTextAsync(new TaskFromText(
            "Chi bộ giao đồng chí Bí thư chuẩn bị hồ sơ kết nạp hai quần chúng ưu tú trong quý III.", null, "Nghị quyết chi bộ tháng 6/2008", "meeting-2008-06",
            new(2008, 6, 28), world.Hospital.Id,
            new TaskAssignment(world.Hospital.Id, [], null, TaskTerm.By(new(2008, 6, 28), new(2008, 9, 30)), ReportCadence.None, ReminderDays.Default)), Cancel);
        var empty = await tasks.CreateFromTextAsync(new TaskFromText("  ", null, null, null, null, world.Hospital.Id,
            new TaskAssignment(world.Hospital.Id, [], null, TaskTerm.By(new(2008, 6, 28), new(2008, 9, 30)), ReportCadence.None, ReminderDays.Default)), Cancel);

        var task = Assert.Single(outcome.Tasks);
        Assert.Equal((TaskSourceKind.Text, "Nghị quyết chi bộ tháng 6/2008", "meeting-2008-06"), (task.SourceKind, task.SourceNumberSymbol, task.SourceKey));
        Assert.Equal("Chi bộ giao đồng chí Bí thư chuẩn bị hồ sơ kết nạp hai quần chúng ưu tú trong quý III", task.Title);
        Assert.Contains("không được để trống", Assert.Single(empty.Errors).Message, StringComparison.Ordinal);
    }

    internal static TasksFromDocument Request(TestCommon.FollowUp.FollowUpWorld world, IReadOnlyList<string> numbers) =>
        new(world.SeedKey, numbers, world.Bloc.Id, [], world.Officer.Id, null, false, null, ReminderDays.Default);

    internal static async Task<TaskOutcome> CreateSeedTasksAsync(ServiceProvider services, TestCommon.FollowUp.FollowUpWorld world)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpTasks>()
            .CreateFromDocumentAsync(Request(world, ["1", "2", "3", "4", "5", "6", "7", "8"]), Cancel);
    }
}
