using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Training.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class CompletionModel(OrganizationQueries organizations, TrainingQueries classes, TrainingCompletion completion) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "to-chuc")]
    public Guid? OrganizationId { get; set; }

    /// <summary>The resolution, by its key.</summary>
    [BindProperty(SupportsGet = true, Name = "nghi-quyet")]
    public string? Topic { get; set; }

    public IReadOnlyList<StudyTopic> Topics { get; private set; } = [];

    public IReadOnlyList<OrganizationNode> Organizations { get; private set; } = [];

    public ResolutionCompletionDto? Report { get; private set; }

    public IReadOnlyList<ProbationaryWithoutClassDto> Probationers { get; private set; } = [];

    public string ScopeName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await StatisticsScope.ResolveAsync(User, OrganizationId, organizations);
        if (scope is null)
        {
            return NotFound();
        }

        ScopeName = scope.Name;
        Topics = await classes.TopicsAsync();
        Organizations = await organizations.CurrentAsync(Features.Members.MemberAccess.ReadableMemberScopes(User));
        Topic ??= Topics.Count > 0 ? Topics[0].Key : null;
        if (Topic is { } key && await completion.ResolutionAsync(scope.Organization, scope.Paths, key) is { } report)
        {
            Report = ResolutionCompletionDto.From(report, scope.Organization?.Id, scope.Name);
        }

        Probationers = [.. (await completion.ProbationaryWithoutClassAsync(scope.Paths)).Select(ProbationaryWithoutClassDto.From)];
        return Page();
    }

    /// <summary>The XLSX of the same report.</summary>
    public string WorkbookLink =>
        $"/api/training/completion.xlsx?{(OrganizationId is { } id ? $"organizationId={id}&" : "")}topic={Uri.EscapeDataString(Topic ?? string.Empty)}";

    public static string Share(int count, int max) => Features.Statistics.Pages.IndexModel.Share(count, max);

    public static string Percent(int count, int total) => Features.Statistics.Pages.IndexModel.Percent(count, total);
}
