using System.Security.Cryptography;
using System.Text;
using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.FollowUp;

public sealed class ProgressReportsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly byte[] Minutes = Encoding.UTF8.GetBytes("%PDF-1.4 biên bản kiểm tra");

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SubmitAsync_ReportsWithEvidence_StoreEachFileOnceByItsHash_AndTheTaskFollows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 10, 5))));
        var world = await FollowUpWorld.CreateAsync(services);
        var task = (await FollowUpTasksTests.CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "5");
        await using var scope = services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();

        var july = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 7, 31), ReportStatus.InProgress,
            "Đã kiểm tra 3 chi bộ.", "Số chi bộ được kiểm tra: 3", [new("bien-ban.pdf", Minutes)]), world.InspectionSecretary.Id, Cancel);
        var september = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 9, 20), ReportStatus.Done,
            "Hoàn thành kiểm tra.", null, [new("bien-ban-lan-2.pdf", Minutes)]), world.InspectionSecretary.Id, Cancel);
        var later = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 10, 1), ReportStatus.InProgress, "Bổ sung.", null, []), null, Cancel);

        Assert.Empty(july.Errors);
        Assert.Empty(september.Errors);
        Assert.Empty(later.Errors);
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var sha = Convert.ToHexStringLower(SHA256.HashData(Minutes));
        Assert.Equal(1, await context.EvidenceContents.CountAsync(c => c.Sha256 == sha, Cancel));
        Assert.Equal(2, await context.EvidenceFiles.CountAsync(f => f.Sha256 == sha && f.TaskId == task.Id, Cancel));
        var stored = await context.FollowUpTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id, Cancel);
        Assert.Equal((new DateOnly(2008, 9, 20), new DateOnly(2008, 10, 1), ReportStatus.InProgress, 3), (stored.CompletedOn, stored.LastReportOn, stored.LastReportStatus, stored.ReportCount));
        var evidence = await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().EvidenceAsync(july.Report!.Evidence[0].Id, Cancel);
        Assert.Equal(("bien-ban.pdf", "application/pdf", (long)Minutes.Length), (evidence!.Value.File.FileName, evidence.Value.File.ContentType, evidence.Value.File.Size));
        Assert.Equal(Minutes, await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().EvidenceContentAsync(sha, Cancel));
        // The audit log records the stored content, never its bytes.
        var audited = await context.AuditEntries.Where(e => e.EntityType == nameof(EvidenceContent)).Select(e => e.Details).SingleAsync(Cancel);
        Assert.DoesNotContain("biên bản", audited!, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Minutes), audited!, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SubmitAsync_WrongOrganizationDateOrFile_IsRefusedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(VietnamClock.At(new(2008, 10, 5))));
        var world = await FollowUpWorld.CreateAsync(services);
        var task = (await FollowUpTasksTests.CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "5");
        await using var scope = services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();

        var outsider = await reports.SubmitAsync(new NewReport(task.Id, world.Hospital.Id, new(2008, 9, 1), ReportStatus.InProgress, "x", null, []), null, Cancel);
        var future = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 10, 6), ReportStatus.InProgress, "x", null, []), null, Cancel);
        var early = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 5, 1), ReportStatus.InProgress, "x", null, []), null, Cancel);
        var program = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 9, 1), ReportStatus.InProgress, "x", null,
            [new("bao-cao.pdf", Encoding.ASCII.GetBytes("MZ\u0090\u0000"))]), null, Cancel);
        var empty = await reports.SubmitAsync(new NewReport(task.Id, world.Bloc.Id, new(2008, 9, 1), ReportStatus.InProgress, " ", null, []), null, Cancel);

        Assert.Contains("Chỉ đơn vị chủ trì hoặc đơn vị phối hợp", Assert.Single(outsider.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("tương lai", Assert.Single(future.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("từ ngày giao nhiệm vụ (22/05/2008)", Assert.Single(early.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("không đúng định dạng", Assert.Single(program.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("không được để trống", Assert.Single(empty.Errors).Message, StringComparison.Ordinal);
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.False(await context.ProgressReports.AnyAsync(Cancel));
        Assert.False(await context.EvidenceContents.AnyAsync(Cancel));
    }
}
