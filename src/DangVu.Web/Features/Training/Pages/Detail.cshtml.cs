using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Training.Pages;

/// <summary>One row of the results form: a person's result and certificate.</summary>
public sealed class ResultRow
{
    public Guid Enrolment { get; set; }

    public TrainingResult Result { get; set; }

    public string? Number { get; set; }

    public string? IssuedOn { get; set; }
}

[Authorize(Policy = Policies.MemberReader)]
public sealed class DetailModel(
    TrainingQueries classes, TrainingRegistry registry, TrainingRecords records, OrganizationQueries organizations,
    IAuthorizationService authorization, RuleBook book) : PageModel
{
    public TrainingClass? Class { get; private set; }

    public string OrganizerName { get; private set; } = string.Empty;

    public bool CanManage { get; private set; }

    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public IReadOnlyList<Enrollable> Enrollable { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true, Name = "chi-bo")] public Guid? CellId { get; set; }

    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? SessionOn { get; set; }

    [BindProperty] public string? SessionTitle { get; set; }

    [BindProperty] public List<Guid> People { get; set; } = [];

    [BindProperty] public Guid SessionId { get; set; }

    [BindProperty] public List<Guid> Present { get; set; } = [];

    [BindProperty] public Dictionary<Guid, string> Reasons { get; set; } = [];

    [BindProperty] public List<ResultRow> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-ghi")] int? saved)
    {
        if (!await LoadAsync(id, takeVersion: true))
        {
            return NotFound();
        }

        Message = saved switch
        {
            1 => "Đã mở lớp.",
            2 => "Đã thêm buổi học.",
            3 => "Đã ghi danh.",
            4 => "Đã điểm danh.",
            5 => "Đã ghi kết quả và giấy chứng nhận.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostSessionAsync(Guid id) => ChangeAsync(id, 2, async refusals =>
    {
        var on = TrainingForms.Date(SessionOn, "Ngày học", refusals);
        return on is null ? null : await registry.AddSessionAsync(id, Version, new SessionPlan(on.Value, SessionTitle ?? string.Empty));
    });

    public Task<IActionResult> OnPostEnrolAsync(Guid id) => ChangeAsync(id, 3, async _ =>
        TrainingKinds.EnrolsCandidates(Class!.Kind)
            ? await registry.EnrolAsync(id, Version, [], People)
            : await registry.EnrolAsync(id, Version, People, []));

    public Task<IActionResult> OnPostAttendanceAsync(Guid id) => ChangeAsync(id, 4, async _ =>
        await records.AttendanceAsync(id, Version, SessionId, Present, Reasons));

    public Task<IActionResult> OnPostResultsAsync(Guid id) => ChangeAsync(id, 5, async refusals =>
    {
        var entries = new List<ResultEntry>();
        foreach (var row in Rows)
        {
            var name = Class!.Enrolments.FirstOrDefault(e => e.Id == row.Enrolment)?.FullName ?? string.Empty;
            DateOnly? issued = string.IsNullOrWhiteSpace(row.IssuedOn) ? null : TrainingForms.Date(row.IssuedOn, $"Ngày cấp giấy chứng nhận của {name}", refusals);
            entries.Add(new ResultEntry(row.Enrolment, row.Result, row.Number, issued));
        }

        return refusals.Count > 0 ? null : await records.ResultsAsync(id, Version, entries);
    });

    /// <summary>"có giá trị đến …" or "không ghi thời hạn", by the rules the certificate was issued under.</summary>
    public string Validity(TrainingEnrolment enrolment) =>
        enrolment.CertificateRuleSetId is { } id && book.Find(id) is { } rules
            ? CertificateValidity.Describe(enrolment.CertificateValidThrough, CertificateValidity.Source(rules, Class!.Kind))
            : string.Empty;

    /// <summary>Whether the person attended the session: true, false, or null when not yet recorded.</summary>
    public static TrainingAttendance? AttendanceOf(TrainingEnrolment enrolment, Guid sessionId) =>
        enrolment.Attendance.FirstOrDefault(a => a.SessionId == sessionId);

    public static string Numeric(DateOnly? date) => date is { } d ? VietnameseDates.Numeric(d) : string.Empty;

    private async Task<IActionResult> ChangeAsync(Guid id, int saved, Func<List<string>, Task<TrainingOutcome?>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var refusals = new List<string>();
        var outcome = await change(refusals);
        if (outcome?.Class is not null)
        {
            return Redirect($"/hoc-tap/lop/{id}?da-ghi={saved}{(CellId is { } cell ? $"&chi-bo={cell}" : "")}");
        }

        refusals.AddRange(outcome?.Refusals ?? []);
        Refusals = refusals;
        // The forms take the stored version: after a conflict, sending again is a deliberate choice.
        await LoadAsync(id, takeVersion: true);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool takeVersion = false)
    {
        Class = await classes.FindAsync(id);
        if (Class is null || !User.CanRead(Class))
        {
            return false;
        }

        OrganizerName = (await organizations.FindAsync(Class.OrganizerId))?.Name ?? string.Empty;
        CanManage = await authorization.CanManageAsync(User, Class);
        if (CanManage)
        {
            Cells = [.. (await organizations.CurrentAsync([Class.OrganizerPath])).Where(o => o.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)];
            CellId ??= Cells.Count == 1 ? Cells[0].Id : null;
            if (CellId is { } cell && Cells.Any(c => c.Id == cell))
            {
                Enrollable = await classes.EnrollableAsync(Class, cell);
            }
        }

        if (takeVersion)
        {
            Version = Class.Version;
        }

        return true;
    }
}
