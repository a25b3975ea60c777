using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>
/// /theo-doi/van-ban/{key}: a document's roll-up (what the caller sees of it) and, for its issuing office, the form that
/// turns its tasks and paragraphs into tracked tasks.
/// </summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class DocumentModel(
    FollowUpRollups rollups, IDirectiveSources sources, OrganizationQueries organizations, FollowUpTasks tasks, IAuthorizationService authorization,
    FollowUpOfficers officers) : RollupPageModel
{
    public RollupDto? Rollup { get; private set; }

    public SourceDto? Source { get; private set; }

    public IReadOnlyList<OrganizationNode> Organizations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty] public List<string> Numbers { get; set; } = [];

    [BindProperty] public Guid? Lead { get; set; }

    [BindProperty] public List<Guid> Cooperators { get; set; } = [];

    [BindProperty] public Guid? Officer { get; set; }

    [BindProperty] public string? DueOn { get; set; }

    [BindProperty] public bool OverrideTerm { get; set; }

    [BindProperty] public ReportCadence? Cadence { get; set; }

    [BindProperty] public string? ReminderDays { get; set; }

    /// <summary>The organization whose office tracks the tasks, asked only when the register does not know the issuer.</summary>
    [BindProperty] public Guid? Issuer { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "da-tao")] int? created)
    {
        ReadAsOf();
        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        Message ??= created is > 0 ? $"Đã tạo {created} nhiệm vụ." : null;
        Officer ??= User.UserId();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        ReadAsOf();
        if (!await LoadAsync(key) || Source is null)
        {
            return NotFound();
        }

        var issuer = (Source.IssuingOrganization ?? Issuer) is { } id ? await organizations.FindAsync(id) : null;
        if (issuer is null || !await authorization.AllowsAsync(User, Policies.Office, issuer.Path)
            || !await FollowUpApi.MayAssignAsync(User, authorization, organizations, [.. Cooperators, .. Lead is { } lead ? new[] { lead } : []]))
        {
            return Forbid();
        }

        var (days, problem) = Core.FollowUp.ReminderDays.Parse(ReminderDays);
        var due = FollowUpView.Date(DueOn);
        var errors = new List<string>();
        if (problem is not null)
        {
            errors.Add(problem);
        }

        if (!string.IsNullOrWhiteSpace(DueOn) && due is null)
        {
            errors.Add("Hạn hoàn thành không hợp lệ (dd/mm/yyyy).");
        }

        if (Lead is null)
        {
            errors.Add("Hãy chọn đơn vị chủ trì.");
        }

        if (errors.Count == 0)
        {
            var outcome = await tasks.CreateFromDocumentAsync(new TasksFromDocument(
                key, Numbers, Lead!.Value, Cooperators, Officer, due, OverrideTerm, Cadence, days, issuer.Id));
            if (outcome.Errors.Count == 0)
            {
                return Redirect($"/theo-doi/van-ban/{key}?da-tao={outcome.Tasks.Count}");
            }

            errors.AddRange(outcome.Errors.Select(e => e.Message));
        }

        Errors = errors;
        return Page();
    }

    private async Task<bool> LoadAsync(string key)
    {
        Rollup = await rollups.DocumentAsync(User, key, AsOf);
        var source = await sources.FindAsync(key);
        var issuerPath = source?.IssuingOrganizationId is { } issuer ? (await organizations.FindAsync(issuer))?.Path : null;
        var mayCreate = issuerPath is not null
            ? await authorization.AllowsAsync(User, Policies.Office, issuerPath)
            : (await authorization.AuthorizeAsync(User, Policies.Office)).Succeeded;
        if (source is not null && mayCreate)
        {
            Source = SourceDto.From(source);
            Organizations = await organizations.CurrentAsync(User.Reach().OfficeScopes);
            Officers = await officers.ListAsync(User.Reach().OfficeScopes);
        }

        return Rollup is not null || Source is not null;
    }

    public string Workbook(string key) => $"/api/follow-up/documents/{key}/rollup.xlsx?{AsOfIso}";
}
