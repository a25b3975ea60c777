using DangVu.Core.Members;
using DangVu.Core.Training;
using DangVu.Data.Infrastructure;
using DangVu.Data.Training;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Training;

public sealed class TrainingCompletionTests
{
    private const string Topic = "Nghị quyết Hội nghị Trung ương 6 khoá X";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ResolutionAsync_CountsThoseOnTheRollsOnTheStudysDates_LessTheExempt_AndNamesWhoHasNotStudied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var studied = await world.MemberAsync("Trần Văn An", world.Internal, new(2000, 1, 1), new(2001, 1, 1));
        var missing = await world.MemberAsync("Lê Thị Bình", world.Internal, new(2000, 1, 1), new(2001, 1, 1));
        var away = await world.MemberAsync("Đỗ Văn Cường", world.Surgery, new(2000, 1, 1), new(2001, 1, 1));
        var exempted = await world.MemberAsync("Vũ Thị Dung", world.Surgery, new(2000, 1, 1), new(2001, 1, 1));
        var admittedLater = await world.MemberAsync("Hồ Văn Em", world.Surgery, new(2008, 11, 20));
        var gone = await world.MemberAsync("Mai Văn Giang", world.Surgery, new(2000, 1, 1), new(2001, 1, 1));
        var school = await world.MemberAsync("Phạm Văn Xa", world.School, new(2000, 1, 1), new(2001, 1, 1));
        await world.EventAsync(away, MemberEventKind.TemporaryTransferOut, new(2008, 6, 1));
        await world.EventAsync(exempted, MemberEventKind.Exempted, new(2008, 6, 1));
        await world.EventAsync(gone, MemberEventKind.PermanentTransferOut, new(2008, 11, 15));
        await world.PassedClassAsync(TrainingKind.ResolutionStudy, "Học tập NQ TW 6 — đợt 1", new(2008, 11, 3), new(2008, 11, 5), [studied.Id], topic: Topic);
        await world.ClassAsync(TrainingKind.ResolutionStudy, "Học tập NQ TW 6 — đợt 2", new(2008, 11, 24), new(2008, 11, 28), topic: "nghị quyết hội nghị trung ương 6 khóa x");

        await using var scope = services.CreateAsyncScope();
        var completion = scope.ServiceProvider.GetRequiredService<TrainingCompletion>();
        var report = await completion.ResolutionAsync(world.Hospital, [world.Hospital.Path], Core.Text.VietnameseText.SearchKey(Topic), Cancel);

        Assert.NotNull(report);
        Assert.Equal(2, report.Classes);
        Assert.Equal(new DateOnly(2008, 11, 3), report.FirstDay);
        Assert.Equal(new DateOnly(2008, 11, 28), report.LastDay);
        Assert.Equal("huong-dan-20-2008", report.RuleSetId);
        Assert.Equal(new CompletionCount(2, 1, 2), report.Total);
        Assert.Equal("Lê Thị Bình", Assert.Single(report.Missing).FullName);
        Assert.Equal(["Đỗ Văn Cường", "Vũ Thị Dung"], report.Exempt.Select(m => m.FullName).Order(Core.Text.PersonNames.Comparer));
        Assert.Equal(["Chi bộ Khoa Ngoại", "Chi bộ Khoa Nội"], report.Units.Select(u => u.Name));
        Assert.Equal(new CompletionCount(2, 1, 0), report.Units.Single(u => u.Name == "Chi bộ Khoa Nội").Count);
        Assert.Equal(new CompletionCount(0, 0, 2), report.Units.Single(u => u.Name == "Chi bộ Khoa Ngoại").Count);
        Assert.DoesNotContain(report.Missing, m => m.MemberId == admittedLater.Id || m.MemberId == gone.Id || m.MemberId == school.Id);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ProbationaryWithoutClassAsync_ListsOnlyProbationersWithNoCompletedNewMemberClass(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var today = Core.Text.VietnameseDates.Today(TimeProvider.System);
        var trained = await world.MemberAsync("Trần Văn An", world.Internal, today.AddMonths(-6));
        var untrained = await world.MemberAsync("Lê Thị Bình", world.Surgery, today.AddMonths(-5));
        await world.MemberAsync("Phạm Văn Xa", world.School, today.AddMonths(-5));
        await world.PassedClassAsync(TrainingKind.NewMemberTheory, "Lớp đảng viên mới", today.AddMonths(-4), today.AddMonths(-4).AddDays(5), [trained.Id]);

        await using var scope = services.CreateAsyncScope();
        var list = await scope.ServiceProvider.GetRequiredService<TrainingCompletion>().ProbationaryWithoutClassAsync([world.Hospital.Path], Cancel);

        var row = Assert.Single(list);
        Assert.Equal(untrained.Id, row.MemberId);
        Assert.Equal("Chi bộ Khoa Ngoại", row.CellName);
        Assert.Equal(today.AddMonths(-5).AddMonths(12), row.ProbationEnds);
    }
}
