using System.Text;
using DangVu.Core.Documents;
using DangVu.Core.FollowUp;
using DangVu.Data;
using DangVu.Data.Documents;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// The demo's tracked tasks: the eight tasks of 509-TB/TU, made from the document as the office would, assigned to the
/// bloc committee and the organizations the notice names, with reports through 2008. The demo's clock is today, so the
/// 2008 tasks are shown honestly: their states are worked out as of <see cref="AsOf"/> (15/10/2008) on the dashboard's
/// link, and as of today (long overdue or done) everywhere else.
/// </summary>
internal sealed class DemoFollowUp(DangVuDbContext context, FollowUpTasks tasks, ProgressReports reports, OrganizationQueries organizations)
{
    /// <summary>The date the demo's dashboard link shows the 2008 tasks as of.</summary>
    public static readonly DateOnly AsOf = new(2008, 10, 15);

    private static readonly DateOnly Issued = new(2008, 5, 22);

    /// <summary>Adds the tasks once (none when the database already has demo tasks or lacks the demo tree or the registered notice).</summary>
    public async Task SeedAsync(string officerUserName, CancellationToken cancellationToken)
    {
        if (await context.FollowUpTasks.AnyAsync(t => t.IsSynthetic, cancellationToken))
        {
            return;
        }

        var tree = (await organizations.CurrentAsync([Core.Organizations.OrganizationPath.Root], cancellationToken)).ToDictionary(o => o.Name, o => o.Id);
        if (!tree.TryGetValue("Đảng uỷ khối cơ quan Dân Chính Đảng", out var bloc))
        {
            return;
        }

        var notice = NumberSymbolKey.Of("509-TB/TU");
        var province = tree.GetValueOrDefault("Tỉnh uỷ Bình Thuận");
        var registered = await context.Documents.Where(d => d.SymbolKey == notice && d.Date == Issued && d.OrganizationId == province)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (registered is null)
        {
            return;
        }

        var officer = await context.Users.Where(u => u.UserName == officerUserName).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var created = await tasks.CreateFromDocumentAsync(new TasksFromDocument(
            RegisteredDirectiveSources.KeyOf(registered.Value), ["1", "2", "3", "4", "5", "6", "7", "8"], bloc, [], officer, null, false, null,
            ReminderDays.Default, IsSynthetic: true), cancellationToken);
        if (created.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo tasks refused: {string.Join("; ", created.Errors)}");
        }

        var byNumber = created.Tasks.ToDictionary(t => t.SourceParagraph!);
        Guid Named(string name) => tree[name];
        await AssignAsync(byNumber["2"], bloc, [Named("Chi bộ Ban Tuyên giáo Tỉnh uỷ")], new(2008, 8, 31), ReportCadence.None, cancellationToken);
        await AssignAsync(byNumber["3"], Named("Đảng bộ Sở Nội vụ"), [Named("Đảng bộ Sở Văn hoá, Thể thao và Du lịch")], new(2008, 7, 31), ReportCadence.None, cancellationToken);
        await AssignAsync(byNumber["4"], Named("Chi bộ Ban Tổ chức Tỉnh uỷ"), [Named(DemoOrganizations.HospitalName)], new(2008, 12, 31), ReportCadence.Quarterly, cancellationToken);
        await AssignAsync(byNumber["5"], Named("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ"), [], new(2008, 9, 30), ReportCadence.Monthly, cancellationToken);
        await AssignAsync(byNumber["6"], Named("Chi bộ Ban Tuyên giáo Tỉnh uỷ"), [], new(2008, 9, 30), ReportCadence.None, cancellationToken);

        await ReportAsync(byNumber["2"], bloc, new(2008, 7, 10), ReportStatus.InProgress, "Đã tổ chức hội nghị quán triệt Nghị quyết Trung ương 6 cho 41 tổ chức cơ sở đảng.", "Số hội nghị: 3\nSố đảng viên dự: 1.260", cancellationToken);
        await ReportAsync(byNumber["2"], bloc, new(2008, 8, 25), ReportStatus.Done, "Đã mở 2 lớp nhận thức về Đảng và 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.", "Số lớp: 3\nSố học viên: 184", cancellationToken, "ket-qua-mo-lop.txt");
        await ReportAsync(byNumber["3"], Named("Đảng bộ Sở Nội vụ"), new(2008, 7, 20), ReportStatus.Blocked, "Bộ máy Đảng uỷ Sở Văn hoá, Thể thao và Du lịch chưa kiện toàn xong do chờ quyết định nhân sự.", null, cancellationToken);
        await ReportAsync(byNumber["3"], Named("Đảng bộ Sở Nội vụ"), new(2008, 8, 15), ReportStatus.Done, "Đã ổn định tổ chức, ban hành Quy chế làm việc của các đảng uỷ sở mới thành lập.", null, cancellationToken);
        await ReportAsync(byNumber["4"], Named(DemoOrganizations.HospitalName), new(2008, 6, 30), ReportStatus.InProgress, "Đã lập danh sách 12 quần chúng ưu tú là y, bác sĩ để bồi dưỡng.", "Quần chúng ưu tú: 12\nTrong đó bác sĩ: 5", cancellationToken);
        await ReportAsync(byNumber["4"], Named("Chi bộ Ban Tổ chức Tỉnh uỷ"), new(2008, 9, 30), ReportStatus.InProgress, "Đã kết nạp 4 đảng viên trong đội ngũ y, bác sĩ.", "Đảng viên mới: 4", cancellationToken);
        await ReportAsync(byNumber["5"], Named("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ"), new(2008, 6, 30), ReportStatus.InProgress, "Đã xây dựng kế hoạch kiểm tra, giám sát 6 tháng cuối năm.", null, cancellationToken);
        await ReportAsync(byNumber["6"], Named("Chi bộ Ban Tuyên giáo Tỉnh uỷ"), new(2008, 9, 28), ReportStatus.Done, "Đã tổng hợp tình hình tư tưởng quý III, báo cáo Ban Thường vụ.", null, cancellationToken);
        await ReportAsync(byNumber["8"], bloc, new(2008, 7, 5), ReportStatus.InProgress, "Thường trực Đảng uỷ khối đã xây dựng chương trình công tác từng tháng, từng quý.", null, cancellationToken);
    }

    private async Task AssignAsync(FollowUpTask task, Guid lead, Guid[] cooperators, DateOnly due, ReportCadence cadence, CancellationToken cancellationToken)
    {
        var outcome = await tasks.AssignAsync(task.Id, task.Version,
            new TaskAssignment(lead, cooperators, task.TrackingOfficerId, TaskTerm.By(Issued, due), cadence, ReminderDays.Default), cancellationToken: cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo assignment refused: {string.Join("; ", outcome.Errors)}");
        }
    }

    private async Task ReportAsync(
        FollowUpTask task, Guid organization, DateOnly on, ReportStatus status, string text, string? figures, CancellationToken cancellationToken, string? file = null)
    {
        UploadedEvidence[] files = file is null ? [] : [new UploadedEvidence(file, Encoding.UTF8.GetBytes($"{text}\n{figures}\n(dữ liệu mẫu)"))];
        var outcome = await reports.SubmitAsync(new NewReport(task.Id, organization, on, status, text, figures, files), null, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo report refused: {string.Join("; ", outcome.Errors)}");
        }
    }
}
