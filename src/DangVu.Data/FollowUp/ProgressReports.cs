using System.Security.Cryptography;
using DangVu.Core.FollowUp;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.FollowUp;

/// <summary>The report recorded, or why not.</summary>
public sealed record ReportOutcome(ProgressReport? Report, IReadOnlyList<FollowUpError> Errors);

/// <summary>
/// Records progress reports: dated no later than today and no earlier than the task's start, by the lead or a
/// co-operating organization, with up to <see cref="EvidenceRules.MaxFilesPerReport"/> evidence files (checked by
/// <see cref="EvidenceRules"/>, stored once per SHA-256). The task's completion date, latest report and count follow in
/// the same save, so lists never read the reports. Whether the caller may report for the organization is the caller's check.
/// </summary>
public sealed class ProgressReports(DangVuDbContext context, TimeProvider clock, IAuditActor actor)
{
    public async Task<ReportOutcome> SubmitAsync(NewReport request, Guid? reporterId, CancellationToken cancellationToken = default)
    {
        var errors = new List<FollowUpError>();
        var task = await context.FollowUpTasks.Include(t => t.Cooperators).FirstOrDefaultAsync(t => t.Id == request.TaskId, cancellationToken);
        if (task is null)
        {
            return new ReportOutcome(null, [new(string.Empty, "Không tìm thấy nhiệm vụ.")]);
        }

        if (task.IsSplit)
        {
            return new ReportOutcome(null, [new(string.Empty, "Nhiệm vụ đã được tách; hãy báo cáo trên từng nhiệm vụ được tách ra.")]);
        }

        if (request.OrganizationId != task.LeadOrganizationId && task.Cooperators.All(c => c.OrganizationId != request.OrganizationId))
        {
            errors.Add(new(nameof(request.OrganizationId), "Chỉ đơn vị chủ trì hoặc đơn vị phối hợp báo cáo tiến độ nhiệm vụ này."));
        }

        var today = VietnameseDates.Today(clock);
        if (request.ReportedOn > today)
        {
            errors.Add(new(nameof(request.ReportedOn), "Ngày báo cáo không được ở tương lai."));
        }
        else if (request.ReportedOn < task.StartOn)
        {
            errors.Add(new(nameof(request.ReportedOn), $"Ngày báo cáo phải từ ngày giao nhiệm vụ ({VietnameseDates.Numeric(task.StartOn)}) trở đi."));
        }

        if (!Enum.IsDefined(request.Status))
        {
            errors.Add(new(nameof(request.Status), "Hãy chọn tình trạng thực hiện."));
        }

        var text = VietnameseText.Normalize(request.Text);
        if (text.Length == 0 || text.Length > FollowUpLimits.ReportText)
        {
            errors.Add(new(nameof(request.Text), $"Nội dung báo cáo không được để trống và dài nhiều nhất {FollowUpLimits.ReportText} ký tự."));
        }

        var figures = string.IsNullOrWhiteSpace(request.Figures) ? null : VietnameseText.Normalize(request.Figures.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (figures?.Length > FollowUpLimits.Figures)
        {
            errors.Add(new(nameof(request.Figures), $"Số liệu dài nhiều nhất {FollowUpLimits.Figures} ký tự."));
        }

        if (request.Files.Count > EvidenceRules.MaxFilesPerReport)
        {
            errors.Add(new(nameof(request.Files), $"Mỗi báo cáo kèm nhiều nhất {EvidenceRules.MaxFilesPerReport} tệp."));
        }

        var report = new ProgressReport
        {
            TaskId = task.Id,
            OrganizationId = request.OrganizationId,
            ReportedOn = request.ReportedOn,
            Status = request.Status,
            Text = text,
            Figures = figures,
            ReportedById = reporterId,
            ReportedBy = actor.Name,
            RecordedAt = clock.GetUtcNow(),
        };
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in request.Files)
        {
            var name = Path.GetFileName(file.FileName ?? string.Empty).Trim();
            var (contentType, problem) = EvidenceRules.Check(name, file.Content.LongLength, file.Content.AsSpan(0, Math.Min(16, file.Content.Length)));
            if (problem is not null)
            {
                errors.Add(new(nameof(request.Files), problem));
                continue;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content));
            contents[sha] = file.Content;
            report.Evidence.Add(new EvidenceFile
            {
                ReportId = report.Id,
                TaskId = task.Id,
                FileName = name.Length > EvidenceRules.MaxNameLength ? name[^EvidenceRules.MaxNameLength..] : name,
                ContentType = contentType!,
                Size = file.Content.LongLength,
                Sha256 = sha,
            });
        }

        if (errors.Count > 0)
        {
            context.ChangeTracker.Clear();
            return new ReportOutcome(null, errors);
        }

        var stored = await context.EvidenceContents.Where(c => contents.Keys.Contains(c.Sha256)).Select(c => c.Sha256).ToListAsync(cancellationToken);
        foreach (var (sha, bytes) in contents.Where(c => !stored.Contains(c.Key)))
        {
            context.EvidenceContents.Add(new EvidenceContent { Sha256 = sha, Content = bytes });
        }

        context.ProgressReports.Add(report);
        Follow(task, report);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new ReportOutcome(null, [new(string.Empty, "Nhiệm vụ vừa được người khác sửa; hãy gửi lại báo cáo.")]);
        }

        return new ReportOutcome(report, []);
    }

    /// <summary>What the task keeps from its reports: the first "done", the latest report and its status, the count.</summary>
    private static void Follow(FollowUpTask task, ProgressReport report)
    {
        if (report.Status == ReportStatus.Done && (task.CompletedOn is null || report.ReportedOn < task.CompletedOn))
        {
            task.CompletedOn = report.ReportedOn;
        }

        if (task.LastReportOn is null || report.ReportedOn >= task.LastReportOn)
        {
            task.LastReportOn = report.ReportedOn;
            task.LastReportStatus = report.Status;
        }

        task.ReportCount++;
    }
}
