using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>The office opens a review period for a subtree it reaches, with a timetable (DangVu suggests December).</summary>
[Authorize(Policy = Policies.Office)]
public sealed class OpenModel(OrganizationQueries organizations, ReviewOpening opening, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OrganizationNode> Choices { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    [BindProperty] public Guid? Organization { get; set; }

    [BindProperty] public ReviewPeriodKind Kind { get; set; } = ReviewPeriodKind.Yearly;

    [BindProperty] public int Year { get; set; }

    [BindProperty] public int? Quarter { get; set; }

    [BindProperty] public string? SelfReviewDue { get; set; }

    [BindProperty] public string? ProposalDue { get; set; }

    [BindProperty] public string? DecisionDue { get; set; }

    [BindProperty] public string? OrganizationSelfReviewDue { get; set; }

    [BindProperty] public string? OrganizationDecisionDue { get; set; }

    public async Task OnGetAsync()
    {
        Year = VietnameseDates.Today(clock).Year;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var refusals = new List<string>();
        var chosen = Choices.FirstOrDefault(c => c.Id == Organization);
        if (chosen is null)
        {
            refusals.Add("Hãy chọn tổ chức đảng.");
        }

        // A deadline left blank takes DangVu's suggestion for the chosen year (or quarter).
        var suggested = ReviewTimetable.Suggested(Kind, Year, Quarter is >= 1 and <= 4 ? Quarter : 1);
        var dates = new[]
        {
            Deadline(SelfReviewDue, suggested.SelfReviewDue, "Hạn tự kiểm điểm", refusals), Deadline(ProposalDue, suggested.ProposalDue, "Hạn chi bộ đề xuất", refusals),
            Deadline(DecisionDue, suggested.DecisionDue, "Hạn cấp uỷ quyết định", refusals),
            Deadline(OrganizationSelfReviewDue, suggested.OrganizationSelfReviewDue, "Hạn tổ chức tự kiểm điểm", refusals),
            Deadline(OrganizationDecisionDue, suggested.OrganizationDecisionDue, "Hạn xếp loại tổ chức", refusals),
        };
        if (refusals.Count == 0)
        {
            var timetable = new ReviewTimetable(dates[0]!.Value, dates[1]!.Value, dates[2]!.Value, dates[3]!.Value, dates[4]!.Value);
            var outcome = await opening.OpenAsync(new NewReviewPeriod(chosen!.Id, Kind, Year, Quarter, timetable));
            if (outcome.Value is { } period)
            {
                return Redirect($"/danh-gia/{period.Id}");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        return Page();
    }

    private static DateOnly? Deadline(string? text, DateOnly suggested, string label, List<string> refusals) =>
        string.IsNullOrWhiteSpace(text) ? suggested : ReviewForms.Date(text, label, refusals);

    private async Task LoadAsync()
    {
        var choices = new List<OrganizationNode>();
        foreach (var node in await organizations.CurrentAsync(User.ReadableScopes()))
        {
            if (node.Kind != OrganizationKind.Cell && await authorization.AllowsAsync(User, Policies.Office, node.Path))
            {
                choices.Add(node);
            }
        }

        Choices = choices;
    }
}
