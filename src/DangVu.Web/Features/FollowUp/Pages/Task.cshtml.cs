using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>
/// /theo-doi/nhiem-vu/{id}: a task with its source, state and reports; the report form (with evidence files) for the
/// secretaries and office of its organizations; the assignment and split forms for the office that issued it. A task out
/// of reach is not found.
/// </summary>
[Authorize(Policy = Policies.MemberReader)]
[RequestSizeLimit(EvidenceRules.MaxBytes * EvidenceRules.MaxFilesPerReport + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRules.MaxBytes * EvidenceRules.MaxFilesPerReport + (1024 * 1024))]
public sealed class TaskModel(
    FollowUpQueries queries, FollowUpTasks tasks, ProgressReports reports, OrganizationQueries organizations, IAuthorizationService authorization,
    FollowUpOfficers officers, TimeProvider clock) : RollupPageModel
{
    public TaskDetail Detail { get; private set; } = null!;

    public TaskStanding Standing { get; private set; } = null!;

    public IReadOnlyList<Guid> Reportable { get; private set; } = [];

    public bool Manages { get; private set; }

    public IReadOnlyList<OrganizationNode> Organizations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Which form the errors belong to: "report", "assign" or "split".</summary>
    public string? ErrorsOf { get; private set; }

    [BindProperty] public Guid? ReportOrganization { get; set; }

    [BindProperty] public string? ReportedOn { get; set; }

    [BindProperty] public ReportStatus? Status { get; set; }

    [BindProperty] public string? Text { get; set; }

    [BindProperty] public string? Figures { get; set; }

    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public Guid? Lead { get; set; }

    [BindProperty] public List<Guid> Cooperators { get; set; } = [];

    [BindProperty] public Guid? Officer { get; set; }

    [BindProperty] public TermKind Term { get; set; }

    [BindProperty] public string? StartOn { get; set; }

    [BindProperty] public string? DueOn { get; set; }

    [BindProperty] public ReportCadence Cadence { get; set; }

    [BindProperty] public string? ReminderDays { get; set; }

    [BindProperty] public List<string> PartTitles { get; set; } = [];

    [BindProperty] public List<Guid?> PartLeads { get; set; } = [];

    [BindProperty] public List<string> PartDues { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-ghi")] int? saved)
    {
        ReadAsOf();
        if (!await LoadAsync(id, fillForms: true))
        {
            return NotFound();
        }

        Message ??= saved switch
        {
            1 => "Đã ghi báo cáo.",
            2 => "Đã lưu phần giao việc.",
            3 => "Đã tách nhiệm vụ.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id)
    {
        ReadAsOf();
        if (!await LoadAsync(id, fillForms: false))
        {
            return NotFound();
        }

        if (ReportOrganization is not { } organization || !Reportable.Contains(organization))
        {
            return Forbid();
        }

        var errors = new List<string>();
        var on = FollowUpView.Date(ReportedOn);
        if (on is null)
        {
            errors.Add("Hãy nhập ngày báo cáo (dd/mm/yyyy).");
        }

        if (Status is null)
        {
            errors.Add("Hãy chọn tình trạng thực hiện.");
        }

        var files = new List<UploadedEvidence>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            if (file.Length > EvidenceRules.MaxBytes)
            {
                errors.Add($"Tệp “{file.FileName}” lớn hơn {EvidenceRules.MaxBytes / 1024 / 1024} MB.");
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            files.Add(new UploadedEvidence(file.FileName, buffer.ToArray()));
        }

        if (errors.Count == 0)
        {
            var outcome = await reports.SubmitAsync(new NewReport(id, organization, on!.Value, Status!.Value, Text ?? string.Empty, Figures, files), User.UserId());
            if (outcome.Report is not null)
            {
                return Redirect($"/theo-doi/nhiem-vu/{id}?da-ghi=1");
            }

            errors.AddRange(outcome.Errors.Select(e => e.Message));
        }

        (Errors, ErrorsOf) = (errors, "report");
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        ReadAsOf();
        if (!await LoadAsync(id, fillForms: false))
        {
            return NotFound();
        }

        if (!Manages || !await FollowUpApi.MayAssignAsync(User, authorization, organizations, [.. Cooperators, .. Lead is { } lead ? new[] { lead } : []]))
        {
            return Forbid();
        }

        var request = new AssignmentRequest
        {
            Lead = Lead,
            Cooperators = Cooperators,
            TrackingOfficer = Officer,
            Term = Term,
            StartOn = FollowUpView.Date(StartOn),
            DueOn = Term == TermKind.YearEnd ? FollowUpView.Date(StartOn) : FollowUpView.Date(DueOn),
            Cadence = Cadence,
            ReminderDays = ReminderDays,
        };
        var errors = new List<string>();
        if (request.StartOn is null || request.DueOn is null)
        {
            errors.Add("Hãy nhập ngày bắt đầu và hạn hoàn thành (dd/mm/yyyy).");
        }

        if (ReminderDays is not null && Core.FollowUp.ReminderDays.Parse(ReminderDays).Problem is { } problem)
        {
            errors.Add(problem);
        }

        if (errors.Count == 0 && FollowUpApi.Assignment(request) is { } assignment)
        {
            var outcome = await tasks.AssignAsync(id, Version, assignment, Title);
            if (outcome.Task is not null)
            {
                return Redirect($"/theo-doi/nhiem-vu/{id}?da-ghi=2");
            }

            errors.AddRange(outcome.Errors.Select(e => e.Message));
            if (outcome.Conflict)
            {
                Version = Detail.Task.Version;
            }
        }
        else if (errors.Count == 0)
        {
            errors.Add("Hãy chọn đơn vị chủ trì.");
        }

        (Errors, ErrorsOf) = (errors, "assign");
        return Page();
    }

    public async Task<IActionResult> OnPostSplitAsync(Guid id)
    {
        ReadAsOf();
        if (!await LoadAsync(id, fillForms: false))
        {
            return NotFound();
        }

        var parts = PartTitles.Select((title, i) => (Title: title?.Trim() ?? string.Empty, Lead: i < PartLeads.Count ? PartLeads[i] : null, Due: i < PartDues.Count ? PartDues[i] : null))
            .Where(p => p.Title.Length > 0 || p.Lead is not null).ToList();
        if (!Manages || !await FollowUpApi.MayAssignAsync(User, authorization, organizations, parts.Where(p => p.Lead is not null).Select(p => p.Lead!.Value)))
        {
            return Forbid();
        }

        var errors = new List<string>();
        if (parts.Any(p => p.Lead is null))
        {
            errors.Add("Mỗi phần cần một đơn vị chủ trì.");
        }

        if (parts.Any(p => !string.IsNullOrWhiteSpace(p.Due) && FollowUpView.Date(p.Due) is null))
        {
            errors.Add("Hạn của một phần không hợp lệ (dd/mm/yyyy).");
        }

        if (errors.Count == 0)
        {
            var outcome = await tasks.SplitAsync(id, Version, [.. parts.Select(p => new SplitPart(p.Title, p.Lead!.Value, FollowUpView.Date(p.Due)))]);
            if (outcome.Tasks.Count > 0)
            {
                return Redirect($"/theo-doi/nhiem-vu/{id}?da-ghi=3");
            }

            errors.AddRange(outcome.Errors.Select(e => e.Message));
        }

        (Errors, ErrorsOf) = (errors, "split");
        return Page();
    }

    public string Name(Guid id) => Detail.OrganizationNames.GetValueOrDefault(id, "—");

    private async Task<bool> LoadAsync(Guid id, bool fillForms)
    {
        var detail = await queries.DetailAsync(id);
        if (detail is null || !User.CanSee(detail.Places))
        {
            return false;
        }

        Detail = detail;
        var today = Core.Text.VietnameseDates.Today(clock);
        var asOf = AsOf ?? today;
        Standing = TaskStates.Of(asOf < today
            ? TaskFacts.From(detail.Task.Term, detail.Task.Cadence, detail.Reports.Select(r => new ReportFact(r.ReportedOn, r.Status)), asOf)
            : detail.Task.Facts, asOf);
        Reportable = detail.Task.IsSplit ? [] : await authorization.ReportableAsync(User, detail.Task, detail.Places);
        Manages = !detail.Task.IsSplit && await authorization.CanManageAsync(User, detail.Places);
        if (Manages)
        {
            Organizations = await organizations.CurrentAsync(User.Reach().OfficeScopes);
            Officers = await officers.ListAsync(User.Reach().OfficeScopes);
        }
        else if (Reportable.Count > 0)
        {
            Organizations = [];
        }

        if (fillForms)
        {
            var task = detail.Task;
            (Version, Title, Lead, Officer, Term, Cadence) = (task.Version, task.Title, task.LeadOrganizationId, task.TrackingOfficerId, task.TermKind, task.Cadence);
            Cooperators = [.. task.Cooperators.Select(c => c.OrganizationId)];
            (StartOn, DueOn) = (Core.Text.VietnameseDates.Numeric(task.StartOn), Core.Text.VietnameseDates.Numeric(task.DueOn));
            ReminderDays = string.Join(", ", task.ReminderDayList);
            ReportedOn = Core.Text.VietnameseDates.Numeric(today);
            ReportOrganization = Reportable.Count > 0 ? Reportable[0] : null;
        }

        return true;
    }
}
